-- Dialect queries that FAIL on the driver because of a dialect bug or gap (not an H2 difference).
-- DialectDifferentialTest does NOT run this file; it lists what the lead is to fix. Each entry is in
-- the dialect-golden.sql format (label, "-- expect:" rows as PostgreSQL 16 returns them, statement),
-- plus a "-- driver:" line naming what the driver does today (not read by any test: a "-- driver:"
-- line is part of the label). Move an entry to dialect-golden.sql (or, where H2 agrees, to
-- dialect.sql) once it passes.

-- ===================================================================== :: casts

-- the text type (PostgreSQL's usual string type) is unknown to ::text and CAST(... AS TEXT)
-- driver: 42000 From line 1, column 15 to line 1, column 18: Unknown identifier 'text'
-- expect: 'abc' | 'abc'
SELECT 'abc'::text, CAST('abc' AS TEXT);

-- :: binds looser than a comparison: x < 'lit'::timestamp is parsed as (x < 'lit')::timestamp
-- (PostgreSQL: :: binds tighter than any operator). H2 returns 18 rows here.
-- driver: 42000 Cast function cannot convert value of type BOOLEAN to type TIMESTAMP(0) NOT NULL
-- expect: 18
SELECT COUNT(*) FROM donations WHERE transaction_created_date < '2023-03-01 00:00:00'::timestamp;

-- the same with = and ::bigint on the right (H2 returns campaign 1226's 24 donations)
-- driver: 42000 Cast function cannot convert value of type BOOLEAN NOT NULL to type BIGINT NOT NULL
-- expect: 24
SELECT COUNT(*) FROM donations WHERE campaign_id = '1226'::bigint;

-- the same with ::date on both sides after AND ... ILIKE
-- driver: 42000 Cannot apply 'AND' to arguments of type '<VARCHAR> AND <TIMESTAMP(3)>'
-- expect: true
SELECT COUNT(*) > 0 FROM transaction_items t JOIN donations d ON d.transaction_id = t.id
WHERE t.email ILIKE d.donor_email AND t.transaction_date::date = d.transaction_created_date::date;

-- NUMERIC / DECIMAL without precision means unbounded in PostgreSQL; the driver makes it scale 0, so the
-- everyday ROUND(AVG(x)::numeric, 2) loses every decimal (H2 agrees with PostgreSQL)
-- driver: 1 | 7 | 1 | 1
-- expect: 1.69 | 7.125 | 1.25 | 1.25
SELECT ROUND(AVG(x)::numeric, 2), 7.125::numeric, CAST(1.25 AS NUMERIC), 1.25::decimal FROM (VALUES (1.125), (2.25)) AS t(x);

-- PostgreSQL's type names int4, int8, bool, float8 are unknown (int, float, real, smallint work)
-- driver: 42000 Unknown identifier 'int4' (the same for int8, bool, float8)
-- expect: 7 | 7 | true | 1.5
SELECT '7'::int4, '7'::int8, 'true'::bool, 1.5::float8;

-- 't' as a boolean literal (PostgreSQL accepts 't', 'f', 'yes', 'no', '1', '0')
-- driver: SQLState null, message "null" ('true' works)
-- expect: true | false
SELECT 't'::boolean, 'f'::boolean;

-- the same in a filter on a BOOLEAN column (H2 refuses it; PostgreSQL reads 't' as true)
-- driver: SQLState null, message "null"
-- expect: 22
SELECT COUNT(*) FROM donations WHERE is_refunded = 't';

-- ===================================================================== ILIKE, LIKE, ~*

-- ILIKE and ~* fold only ASCII case: PostgreSQL (UTF8 database) folds ü/Ü, ñ/Ñ (H2 agrees for ILIKE)
-- driver: false | false
-- expect: true | true
SELECT 'Müller' ILIKE '%ÜLLER', 'Núñez' ~* 'ÑEZ$';

-- LIKE without ESCAPE escapes with a backslash in PostgreSQL; the driver has no escape character
-- (H2 agrees with PostgreSQL)
-- driver: false | false | false
-- expect: true | false | true
SELECT 'a_b' LIKE 'a\_b', 'axb' LIKE 'a\_b', '100%' LIKE '100\%';

-- ===================================================================== dates and times

-- PostgreSQL interval literals with the unit inside the string
-- driver: 42000 parse failed: Encountered "'1 day'" (H2 cannot parse them either)
-- expect: TIMESTAMP 2024-02-01T10:00 | TIMESTAMP 2024-01-31T08:00 | TIMESTAMP 2024-02-29T10:00
SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1 day', TIMESTAMP '2024-01-31 10:00:00' - INTERVAL '2 hours',
       TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1 month';

-- EXTRACT(EPOCH) drops the fraction of a timestamp with milliseconds (PostgreSQL keeps it; H2 agrees)
-- driver: 1704067200
-- expect: 1704067200.5
SELECT EXTRACT(EPOCH FROM TIMESTAMP '2024-01-01 00:00:00.5');

-- TO_CHAR: double-quoted text in a pattern is copied literally
-- driver: '2024 "1"1' | '2024-03-04"T"15:06:07'
-- expect: '2024 Q1' | '2024-03-04T15:06:07'
SELECT TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'YYYY "Q"Q'), TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'YYYY-MM-DD"T"HH24:MI:SS');

-- TO_CHAR of a number
-- driver: 42000 Cannot apply 'TO_CHAR' to arguments of type 'TO_CHAR(<DECIMAL(3, 1)>, <CHAR(6)>)'
-- expect: '  12.50'
SELECT TO_CHAR(12.5, '999.99');

-- date minus date is an integer number of days; date plus an integer is a date
-- driver: 42000 Cannot apply '-' to arguments of type '<DATE> - <DATE>' (and '+' of '<DATE> + <INTEGER>')
-- expect: 3 | DATE 2024-03-05
SELECT DATE '2024-03-04' - DATE '2024-03-01', DATE '2024-03-04' + 1;

-- timestamp minus timestamp is an interval: durations as EXTRACT(EPOCH FROM b - a), comparisons with
-- an interval, DATE_PART('day', b - a)
-- driver: 42000 Cannot apply '-' to arguments of type '<TIMESTAMP(0)> - <TIMESTAMP(0)>'
-- expect: 86400 | true | 2
SELECT EXTRACT(EPOCH FROM (TIMESTAMP '2024-01-02 00:00:00' - TIMESTAMP '2024-01-01 00:00:00')),
       (TIMESTAMP '2024-01-03 00:00:00' - TIMESTAMP '2024-01-01 00:00:00') > INTERVAL '1' DAY,
       DATE_PART('day', TIMESTAMP '2024-01-03 12:00:00' - TIMESTAMP '2024-01-01 00:00:00');

-- EXTRACT(SECOND) keeps the fraction in PostgreSQL (H2 drops it too)
-- driver: 1
-- expect: 1.5
SELECT EXTRACT(SECOND FROM TIMESTAMP '2024-03-04 00:00:01.5');

-- GENERATE_SERIES, the usual calendar scaffold of a report
-- driver: 42000 No match found for function signature GENERATE_SERIES(<NUMERIC>, <NUMERIC>)
-- expect: 1
-- expect: 2
-- expect: 3
SELECT x FROM GENERATE_SERIES(1, 3) AS g(x) ORDER BY x;

-- AGE returns text, not an interval, so EXTRACT of it fails
-- driver: 42000 Cannot apply 'EXTRACT' to arguments of type 'EXTRACT(<INTERVAL ...> FROM <VARCHAR>)'
-- expect: 4
SELECT EXTRACT(YEAR FROM AGE(TIMESTAMP '2024-03-04 00:00:00', TIMESTAMP '2020-01-01 00:00:00'));

-- ===================================================================== string functions

-- LTRIM/RTRIM with a set of characters to strip
-- driver: 42000 Invalid number of arguments to function 'LTRIM'. Was expecting 1 arguments
-- expect: 'abc' | 'abc' | '123'
SELECT LTRIM('xxabc', 'x'), RTRIM('abcxx', 'x'), LTRIM('000123', '0');

-- BTRIM
-- driver: 42000 No match found for function signature BTRIM(<CHARACTER>, <CHARACTER>)
-- expect: 'abc' | 'a'
SELECT BTRIM('xxabcxx', 'x'), BTRIM('  a  ');

-- LEFT and RIGHT with a negative length: all but the last / first |n| characters
-- driver: '' | ''
-- expect: 'ab' | 'bc'
SELECT LEFT('abc', -1), RIGHT('abc', -1);

-- REVERSE
-- driver: 42000 No match found for function signature REVERSE(<CHARACTER>)
-- expect: 'cba'
SELECT REVERSE('abc');

-- REGEXP_MATCHES (or an equivalent such as SUBSTRING(x FROM pattern) / REGEXP_SUBSTR); the issue asks for one
-- driver: SUBSTRING(x FROM 'pattern') fails with SQLState null and a planner dump ("Unable to implement
-- EnumerableCalc ... CAST($t2):DECIMAL(19, 9)"), REGEXP_MATCHES and REGEXP_SUBSTR are "No match found"
-- expect: 'example.org'
SELECT SUBSTRING('donor1@example.org' FROM '@(.*)$');

-- ARRAY_TO_STRING of ARRAY_AGG (the usual way to show an array)
-- driver: 42000 No match found for function signature ARRAY_TO_STRING(<INTEGER ARRAY>, <CHARACTER>)
-- expect: '1,2,3'
SELECT ARRAY_TO_STRING(ARRAY_AGG(x ORDER BY x), ',') FROM (VALUES (3), (1), (2)) AS t(x);

-- ARRAY_LENGTH of ARRAY_AGG (CARDINALITY works)
-- driver: 42000 No match found for function signature ARRAY_LENGTH(<INTEGER ARRAY>, <NUMERIC>)
-- expect: 2
SELECT ARRAY_LENGTH(ARRAY_AGG(x), 1) FROM (VALUES (1), (2)) AS t(x);

-- CHAR(n) values lose their trailing blanks when concatenated
-- driver: 'abc  |'
-- expect: 'abc|'
SELECT CAST('abc' AS CHAR(5)) || '|';

-- ===================================================================== numbers

-- TRUNC of a number (PostgreSQL's name for TRUNCATE)
-- driver: 42000 No match found for function signature TRUNC(<NUMERIC>, <NUMERIC>)
-- expect: 2.5 | 2
SELECT TRUNC(2.567, 1), TRUNC(2.567);

-- a cast of a numeric to an integer type or a smaller scale rounds half away from zero in PostgreSQL; the
-- driver truncates (H2 in PostgreSQL mode rounds)
-- driver: 1 | -1 | 2 | 2 | 1.2
-- expect: 2 | -2 | 3 | 3 | 1.3
SELECT CAST(1.5 AS INTEGER), CAST(-1.5 AS INTEGER), 2.5::integer, CAST(2.5 AS BIGINT), 1.25::decimal(5, 1);

-- AVG of an integer column is numeric in PostgreSQL; the driver keeps the integer type and truncates
-- (H2: 3.068432671081678 on the quantities below)
-- driver: 1
-- expect: 1.5
SELECT AVG(x) FROM (VALUES (1), (2)) AS t(x);

-- LOG10 is computed in double and misses exact powers of ten (PostgreSQL: 3); DIV is missing
-- driver: 2.9999999999999996 for LOG10(1000); 42000 No match found for function signature DIV(<NUMERIC>, <NUMERIC>)
-- expect: 3 | 3
SELECT LOG10(1000), DIV(7, 2);

-- ===================================================================== aggregates

-- PERCENTILE_CONT / PERCENTILE_DISC / MEDIAN over no rows must be NULL
-- driver: SQLState null, NullPointerException: Cannot invoke "java.lang.Double.doubleValue()" because the
-- return value of "OrderedSetAggregates$Cont.result(...)" is null (the same for Disc and MEDIAN)
-- expect: NULL | NULL | NULL
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY x), MEDIAN(x)
FROM (VALUES (1), (2)) AS t(x) WHERE x > 5;

-- DISTINCT ON, PostgreSQL's first row per group
-- driver: 42000 parse failed: Incorrect syntax near the keyword 'ON'
-- expect: 1120 | 907
SELECT DISTINCT ON (campaign_id) campaign_id, transaction_id FROM donations ORDER BY campaign_id, transaction_id LIMIT 1;

-- STDDEV, STDDEV_POP and VARIANCE of a numeric keep the argument's scale (PostgreSQL: full numeric precision)
-- driver: 1.5 | 1.2 | 2.3
-- expect: 1.527525 | 1.247219 | 2.333333
SELECT ROUND(STDDEV(x), 6), ROUND(STDDEV_POP(x), 6), ROUND(VARIANCE(x), 6) FROM (VALUES (1.0), (2.0), (4.0)) AS t(x);

-- MODE() WITHIN GROUP, PostgreSQL's most frequent value
-- driver: 42000 Invalid number of arguments to function 'MODE'. Was expecting 1 arguments
-- expect: 'b'
SELECT MODE() WITHIN GROUP (ORDER BY x) FROM (VALUES ('b'), ('a'), ('b')) AS t(x);

-- ===================================================================== system functions

-- current_schema, which tools probe
-- driver: SQLState null and a planner dump: "Unable to implement EnumerableCalc(expr#0=[{inputs}],
-- expr#1=[CURRENT_SCHEMA] ..." (CURRENT_USER works and answers 'sa')
-- expect: 'rallyup'
SELECT CURRENT_SCHEMA;

-- SELECT TOP n: the issue asks for TOP or a clear 42000 that shows the same query with LIMIT
-- driver: 42000 parse failed: Encountered "3" at line 1, column 12. (no mention of TOP or LIMIT)
-- expect: 1120 | 1143 | 1157
SELECT TOP 3 id FROM campaigns ORDER BY id;
