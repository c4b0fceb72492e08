-- Golden dialect entries (DialectDifferentialTest): constructs where H2 in MODE=PostgreSQL does not do
-- what PostgreSQL does, checked on the driver against the result PostgreSQL 16 returns, computed by
-- hand (and cross-checked on a PostgreSQL 15 server, whose behaviour here is the same).
-- Format: "--" label lines, then one "-- expect:" line per row in order, rendered as Results renders
-- rows: strings between quotes (verbatim, not escaped), numbers by value, TIMESTAMP 2024-03-04T00:00, columns joined by " | ".
-- Queries read literals only, so the expected rows follow from the PostgreSQL documentation.

-- DATE_TRUNC('week') starts weeks on Monday (ISO) in PostgreSQL; H2 follows the JVM locale (Sunday)
-- expect: TIMESTAMP 2024-02-26T00:00 | TIMESTAMP 2024-03-04T00:00 | TIMESTAMP 2024-03-04T00:00
SELECT DATE_TRUNC('week', TIMESTAMP '2024-03-03 10:00:00'), DATE_TRUNC('week', TIMESTAMP '2024-03-04 00:00:00'),
       DATE_TRUNC('week', TIMESTAMP '2024-03-10 23:59:59');

-- DATE_TRUNC('week') across a year boundary: Wednesday 2025-01-01 belongs to the week of Monday 2024-12-30
-- expect: TIMESTAMP 2024-12-30T00:00
SELECT DATE_TRUNC('week', TIMESTAMP '2025-01-01 12:00:00');

-- DATE_TRUNC on TIMESTAMP returns TIMESTAMP: month, quarter, year, day, hour, minute
-- expect: TIMESTAMP 2024-05-01T00:00 | TIMESTAMP 2024-04-01T00:00 | TIMESTAMP 2024-01-01T00:00 | TIMESTAMP 2024-05-17T00:00 | TIMESTAMP 2024-05-17T10:00 | TIMESTAMP 2024-05-17T10:42
SELECT DATE_TRUNC('month', TIMESTAMP '2024-05-17 10:42:13'), DATE_TRUNC('quarter', TIMESTAMP '2024-05-17 10:42:13'),
       DATE_TRUNC('year', TIMESTAMP '2024-05-17 10:42:13'), DATE_TRUNC('day', TIMESTAMP '2024-05-17 10:42:13'),
       DATE_TRUNC('hour', TIMESTAMP '2024-05-17 10:42:13'), DATE_TRUNC('minute', TIMESTAMP '2024-05-17 10:42:13');

-- EXTRACT(DOW): Sunday = 0 ... Saturday = 6 in PostgreSQL (the SQL-standard-ish DAYOFWEEK is Sunday = 1)
-- expect: 0 | 1 | 6
SELECT EXTRACT(DOW FROM TIMESTAMP '2024-03-03 10:00:00'), EXTRACT(DOW FROM TIMESTAMP '2024-03-04 10:00:00'),
       EXTRACT(DOW FROM TIMESTAMP '2024-03-09 10:00:00');

-- EXTRACT(ISODOW): Monday = 1 ... Sunday = 7
-- expect: 7 | 1 | 6
SELECT EXTRACT(ISODOW FROM TIMESTAMP '2024-03-03 10:00:00'), EXTRACT(ISODOW FROM TIMESTAMP '2024-03-04 10:00:00'),
       EXTRACT(ISODOW FROM TIMESTAMP '2024-03-09 10:00:00');

-- EXTRACT(EPOCH) of a whole-second timestamp: seconds since 1970-01-01 00:00:00
-- expect: 1709424000 | 0
SELECT EXTRACT(EPOCH FROM TIMESTAMP '2024-03-03 00:00:00'), EXTRACT(EPOCH FROM TIMESTAMP '1970-01-01 00:00:00');

-- DATE_PART (H2 has none): the same fields as EXTRACT, PostgreSQL's DOW numbering
-- expect: 2024 | 3 | 3 | 0 | 7 | 63
SELECT DATE_PART('year', TIMESTAMP '2024-03-03 10:00:00'), DATE_PART('month', TIMESTAMP '2024-03-03 10:00:00'),
       DATE_PART('day', TIMESTAMP '2024-03-03 10:00:00'), DATE_PART('dow', TIMESTAMP '2024-03-03 10:00:00'),
       DATE_PART('isodow', TIMESTAMP '2024-03-03 10:00:00'), DATE_PART('doy', TIMESTAMP '2024-03-03 10:00:00');

-- DATE_PART of hour, minute, quarter and epoch
-- expect: 10 | 42 | 2 | 1715942533
SELECT DATE_PART('hour', TIMESTAMP '2024-05-17 10:42:13'), DATE_PART('minute', TIMESTAMP '2024-05-17 10:42:13'),
       DATE_PART('quarter', TIMESTAMP '2024-05-17 10:42:13'), DATE_PART('epoch', TIMESTAMP '2024-05-17 10:42:13');

-- SPLIT_PART (H2 has none): 1-based field, '' past the last field
-- expect: 'b' | 'a' | '' | 'example.org'
SELECT SPLIT_PART('a,b,c', ',', 2), SPLIT_PART('a,b,c', ',', 1), SPLIT_PART('a,b,c', ',', 5),
       SPLIT_PART('donor1@example.org', '@', 2);

-- SPLIT_PART with a multi-character delimiter and no delimiter found
-- expect: 'two' | 'abc'
SELECT SPLIT_PART('one::two::three', '::', 2), SPLIT_PART('abc', ',', 1);

-- STRPOS (H2 has none): 1-based position of the first occurrence, 0 when absent
-- expect: 3 | 0 | 7
SELECT STRPOS('hello', 'l'), STRPOS('hello', 'z'), STRPOS('donor1@example.org', '@');

-- INITCAP (H2 has none): upper case after every non-alphanumeric character, lower case elsewhere
-- expect: 'Hello World' | 'O'Brien-Smith' | 'Mcdonald'
SELECT INITCAP('hello wORLD'), INITCAP('o''brien-smith'), INITCAP('MCDONALD');

-- REGEXP_REPLACE without flags replaces the first match only; 'g' replaces every match
-- expect: 'bonana' | 'bonono'
SELECT REGEXP_REPLACE('banana', 'a', 'o'), REGEXP_REPLACE('banana', 'a', 'o', 'g');

-- REGEXP_REPLACE flags 'gi', and a back reference \1
-- expect: 'Hell0 W0rld' | 'a[b]c' | 'x-bcabc'
SELECT REGEXP_REPLACE('HellO WOrld', 'o', '0', 'gi'), REGEXP_REPLACE('abc', '(b)', '[\1]'),
       REGEXP_REPLACE('abcabc', '^a', 'x-');

-- GREATEST and LEAST ignore NULL arguments (the SQL-standard reading would give NULL)
-- expect: 3 | 2 | 'b'
SELECT GREATEST(1, NULL, 3), LEAST(NULL, 2, 5), GREATEST('a', NULL, 'b');

-- GREATEST and LEAST of only NULLs are NULL
-- expect: NULL | NULL
SELECT GREATEST(CAST(NULL AS INTEGER), CAST(NULL AS INTEGER)), LEAST(CAST(NULL AS INTEGER), CAST(NULL AS INTEGER));

-- CONCAT skips NULL arguments, || does not; CONCAT_WS skips NULLs and their separators
-- expect: 'ab' | NULL | 'a,b' | ''
SELECT CONCAT('a', NULL, 'b'), 'a' || CAST(NULL AS VARCHAR) || 'b', CONCAT_WS(',', 'a', NULL, 'b'),
       CONCAT(CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR));

-- CONCAT of numbers and text
-- expect: '#12/3.50'
SELECT CONCAT('#', 12, '/', 3.50);

-- PERCENTILE_CONT interpolates: the median of 1, 2 is 1.5; PERCENTILE_DISC takes the first value at or past f
-- expect: 1.5 | 1
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY x)
FROM (VALUES (1), (2)) AS t(x);

-- PERCENTILE_CONT in double precision as PostgreSQL computes it, lo + (hi - lo) * f (H2 gives 149.73)
-- expect: 149.73000000000002
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x)
FROM (VALUES (CAST(148.21 AS DOUBLE PRECISION)), (CAST(151.25 AS DOUBLE PRECISION))) AS t(x);

-- MEDIAN is PERCENTILE_CONT(0.5) (PostgreSQL has no MEDIAN; this is its PERCENTILE_CONT result), NULLs ignored
-- expect: 2.5 | 3
SELECT MEDIAN(x), MEDIAN(CASE WHEN x > 1 THEN x END) FROM (VALUES (1), (2), (3), (4)) AS t(x);

-- PERCENTILE_CONT and PERCENTILE_DISC at 0.25 of 1..4, ascending and descending (H2 gets DISC DESC wrong)
-- expect: 1.75 | 1 | 3.25 | 4
SELECT PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY x), PERCENTILE_DISC(0.25) WITHIN GROUP (ORDER BY x),
       PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY x DESC), PERCENTILE_DISC(0.25) WITHIN GROUP (ORDER BY x DESC)
FROM (VALUES (1), (2), (3), (4)) AS t(x);

-- version() names the server: the driver here (H2 names itself)
-- expect: true
SELECT VERSION() LIKE 'RallyUp JDBC Driver %';

-- LPAD and RPAD repeat the whole fill text (H2 repeats its first character only) and truncate long text
-- expect: 'xyxabc' | 'abcxyx' | 'abc' | '   ab'
SELECT LPAD('abc', 6, 'xy'), RPAD('abc', 6, 'xy'), LPAD('abcdef', 3), LPAD('ab', 5);

-- TO_CHAR 'DDD' is the zero-padded day of the year (H2 does not pad), 'IYYY-IW' the ISO week
-- expect: '064' | '2024-10' | '001'
SELECT TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'DDD'), TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'IYYY-IW'),
       TO_CHAR(TIMESTAMP '2024-01-01 00:00:00', 'DDD');

-- TO_CHAR month and day names: FM suppresses the padding to nine characters
-- expect: 'March 2024' | 'March    ' | 'Mar' | 'Monday' | 'Mon' | '4'
SELECT TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'FMMonth YYYY'), TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'Month'),
       TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'Mon'), TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'FMDay'),
       TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'Dy'), TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'FMDD');

-- TO_CHAR numeric date and 12-hour time patterns
-- expect: '2024-03' | '2024-03-04 15:06:07' | '03:06 PM' | '04/03/2024'
SELECT TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'YYYY-MM'), TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'YYYY-MM-DD HH24:MI:SS'),
       TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'HH12:MI AM'), TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'DD/MM/YYYY');

-- BOOL_AND and BOOL_OR ignore NULLs; over only NULLs they are NULL
-- expect: false | true | NULL
SELECT BOOL_AND(x), BOOL_OR(x), BOOL_OR(CASE WHEN x IS NULL THEN x END) FROM (VALUES (TRUE), (FALSE), (CAST(NULL AS BOOLEAN))) AS t(x);

-- STRING_AGG with ORDER BY inside, NULLs skipped
-- expect: 'c;b;a'
SELECT STRING_AGG(x, ';' ORDER BY x DESC) FROM (VALUES ('a'), ('c'), (CAST(NULL AS VARCHAR)), ('b')) AS t(x);

-- regular expression operators: ~ is case-sensitive, ~* is not, !~ and !~* negate
-- expect: false | true | true | false
SELECT 'abc' ~ 'B', 'abc' ~* 'B', 'abc' !~ 'B', 'abc' !~* 'B';

-- ILIKE ignores case, NOT ILIKE negates
-- expect: true | false
SELECT 'Hello' ILIKE 'h%O', 'Hello' NOT ILIKE 'HELLO';

-- interval arithmetic: a month from January 31 is the last day of February; days and hours
-- expect: TIMESTAMP 2024-02-29T10:00 | TIMESTAMP 2024-03-01T10:00 | TIMESTAMP 2024-02-29T07:00
SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1' MONTH, TIMESTAMP '2024-02-29 10:00:00' + INTERVAL '1' DAY,
       TIMESTAMP '2024-02-29 10:00:00' - INTERVAL '3' HOUR;

-- NOW() is a timestamp of the statement, later than any past date
-- expect: true
SELECT NOW() > TIMESTAMP '2020-01-01 00:00:00';

-- integer division truncates toward zero, % keeps the dividend's sign, ROUND of numeric rounds half away from zero
-- expect: 3 | -3 | -1 | 3 | -3 | 2.35
SELECT 7 / 2, -7 / 2, -7 % 3, ROUND(2.5), ROUND(-2.5), ROUND(2.345, 2);

-- LENGTH counts characters, not bytes; MD5 is lower-case hex
-- expect: 6 | '900150983cd24fb0d6963f7d28e17f72'
SELECT LENGTH('Nguyễn'), MD5('abc');

-- IFNULL and NVL are COALESCE of two; NULLIF gives NULL on equality
-- expect: 'x' | 0 | NULL | 'a'
SELECT IFNULL(CAST(NULL AS VARCHAR), 'x'), NVL(CAST(NULL AS INTEGER), 0), NULLIF('a', 'a'), NULLIF('a', 'b');

-- EXTRACT(MILLISECOND) and (MICROSECOND) include the whole seconds in PostgreSQL (H2 gives 500 and 500000)
-- expect: 1500 | 1500000
SELECT EXTRACT(MILLISECOND FROM TIMESTAMP '2024-03-04 00:00:01.5'), EXTRACT(MICROSECOND FROM TIMESTAMP '2024-03-04 00:00:01.5');

-- EXTRACT(WEEK) and DATE_PART('week') are ISO weeks: 2024-12-30 is in week 1 of ISO year 2025, Sunday 2024-01-07 in week 1
-- expect: 1 | 1 | 2025
SELECT EXTRACT(WEEK FROM TIMESTAMP '2024-12-30 00:00:00'), DATE_PART('week', TIMESTAMP '2024-01-07 00:00:00'),
       EXTRACT(ISOYEAR FROM TIMESTAMP '2024-12-30 00:00:00');

-- SPLIT_PART with a negative field counts from the end (PostgreSQL 14 and later)
-- expect: 'c' | 'a'
SELECT SPLIT_PART('a,b,c', ',', -1), SPLIT_PART('a,b,c', ',', -3);

-- EXTRACT(CENTURY) and (DECADE)
-- expect: 21 | 202
SELECT EXTRACT(CENTURY FROM TIMESTAMP '2024-03-04 00:00:00'), EXTRACT(DECADE FROM TIMESTAMP '2024-03-04 00:00:00');

-- TO_DATE and TO_TIMESTAMP parse with TO_CHAR patterns (H2 returns TIMESTAMP WITH TIME ZONE)
-- expect: DATE 2024-03-04 | TIMESTAMP 2024-03-04T10:11:12
SELECT TO_DATE('2024-03-04', 'YYYY-MM-DD'), TO_TIMESTAMP('2024-03-04 10:11:12', 'YYYY-MM-DD HH24:MI:SS');

-- GROUP BY a name that is both an input column and an output alias groups by the input column in
-- PostgreSQL (H2 groups by the alias and merges 'ab' and 'ac')
-- expect: 'a' | 1
-- expect: 'a' | 2
SELECT LEFT(x, 1) AS x, COUNT(*) FROM (VALUES ('ab'), ('ac'), ('ab')) AS t(x) GROUP BY x ORDER BY 1, 2;

-- ===================================================================== casts, and functions added to the dialect

-- the text type, PostgreSQL's usual string type, in ::text and CAST(... AS TEXT)
-- expect: 'abc' | 'abc'
SELECT 'abc'::text, CAST('abc' AS TEXT);

-- :: binds tighter than a comparison: x < 'lit'::timestamp casts the literal (H2 returns 18 rows here)
-- expect: 18
SELECT COUNT(*) FROM donations WHERE transaction_created_date < '2023-03-01 00:00:00'::timestamp;

-- the same with = and ::bigint on the right (H2 returns campaign 1226's 24 donations)
-- expect: 24
SELECT COUNT(*) FROM donations WHERE campaign_id = '1226'::bigint;

-- the same with ::date on both sides of = after AND ... ILIKE: the operators around the casts regroup
-- expect: true
SELECT COUNT(*) > 0 FROM transaction_items t JOIN donations d ON d.transaction_id = t.id
WHERE t.email ILIKE d.donor_email AND t.transaction_date::date = d.transaction_created_date::date;

-- NUMERIC / DECIMAL without precision keeps decimals, so the everyday ROUND(AVG(x)::numeric, 2) works
-- (PostgreSQL keeps every digit, the driver six: the same values here)
-- expect: 1.69 | 7.125 | 1.25 | 1.25
SELECT ROUND(AVG(x)::numeric, 2), 7.125::numeric, CAST(1.25 AS NUMERIC), 1.25::decimal FROM (VALUES (1.125), (2.25)) AS t(x);

-- PostgreSQL's type names int4, int8, bool, float8
-- expect: 7 | 7 | true | 1.5
SELECT '7'::int4, '7'::int8, 'true'::bool, 1.5::float8;

-- LTRIM/RTRIM with a set of characters to strip
-- expect: 'abc' | 'abc' | '123'
SELECT LTRIM('xxabc', 'x'), RTRIM('abcxx', 'x'), LTRIM('000123', '0');

-- BTRIM
-- expect: 'abc' | 'a'
SELECT BTRIM('xxabcxx', 'x'), BTRIM('  a  ');

-- REVERSE
-- expect: 'cba'
SELECT REVERSE('abc');

-- TRUNC of a number (PostgreSQL's name for TRUNCATE)
-- expect: 2.5 | 2
SELECT TRUNC(2.567, 1), TRUNC(2.567);

-- PERCENTILE_CONT / PERCENTILE_DISC / MEDIAN over no rows are NULL
-- expect: NULL | NULL | NULL
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY x), MEDIAN(x)
FROM (VALUES (1), (2)) AS t(x) WHERE x > 5;

-- MODE() WITHIN GROUP, PostgreSQL's most frequent value
-- expect: 'b'
SELECT MODE() WITHIN GROUP (ORDER BY x) FROM (VALUES ('b'), ('a'), ('b')) AS t(x);

-- current_schema, which tools probe
-- expect: 'rallyup'
SELECT CURRENT_SCHEMA;
