-- Known differences from PostgreSQL (DialectDifferentialTest.knownDifferencesStillDiffer): each entry
-- is in the dialect-golden.sql format, with the rows PostgreSQL 16 returns, plus a "-- driver:" line
-- saying what the driver does instead. The test checks that the driver still does NOT return
-- PostgreSQL's rows, so this list (and the matching section of docs/sql.md) cannot go stale: when a
-- change makes an entry pass, move it to dialect-golden.sql.

-- ===================================================================== :: casts

-- 't' as a boolean literal (PostgreSQL accepts 't', 'f', 'yes', 'no', '1', '0')
-- driver: 22023 Invalid character for cast: t ('true' and 'false' work)
-- expect: true | false
SELECT 't'::boolean, 'f'::boolean;

-- the same in a filter on a BOOLEAN column (H2 refuses it; PostgreSQL reads 't' as true)
-- driver: 22023 Invalid character for cast: t
-- expect: 22
SELECT COUNT(*) FROM donations WHERE is_refunded = 't';

-- ===================================================================== ILIKE, LIKE, ~*

-- ILIKE and ~* fold only ASCII case: PostgreSQL (UTF8 database) folds ü/Ü, ñ/Ñ (H2 agrees for ILIKE)
-- driver: false | false (case folding is ASCII only)
-- expect: true | true
SELECT 'Müller' ILIKE '%ÜLLER', 'Núñez' ~* 'ÑEZ$';

-- LIKE without ESCAPE escapes with a backslash in PostgreSQL; the driver has no escape character
-- (H2 agrees with PostgreSQL)
-- driver: false | false | false (no escape character without ESCAPE)
-- expect: true | false | true
SELECT 'a_b' LIKE 'a\_b', 'axb' LIKE 'a\_b', '100%' LIKE '100\%';

-- ===================================================================== dates and times

-- PostgreSQL interval literals with the unit inside the string
-- driver: 42000 with the hint to write INTERVAL '1' DAY
-- expect: TIMESTAMP 2024-02-01T10:00 | TIMESTAMP 2024-01-31T08:00 | TIMESTAMP 2024-02-29T10:00
SELECT TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1 day', TIMESTAMP '2024-01-31 10:00:00' - INTERVAL '2 hours',
       TIMESTAMP '2024-01-31 10:00:00' + INTERVAL '1 month';

-- EXTRACT(EPOCH) drops the fraction of a timestamp with milliseconds (PostgreSQL keeps it; H2 agrees)
-- driver: 1704067200 (EPOCH is a whole number)
-- expect: 1704067200.5
SELECT EXTRACT(EPOCH FROM TIMESTAMP '2024-01-01 00:00:00.5');

-- TO_CHAR: double-quoted text in a pattern is copied literally
-- driver: 2024 "1"1 | 2024-03-04"T"15:06:07 (quotes copied, text inside them formatted)
-- expect: '2024 Q1' | '2024-03-04T15:06:07'
SELECT TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'YYYY "Q"Q'), TO_CHAR(TIMESTAMP '2024-03-04 15:06:07', 'YYYY-MM-DD"T"HH24:MI:SS');

-- TO_CHAR of a number
-- driver: 42000 Cannot apply 'TO_CHAR' to DECIMAL (dates and times only)
-- expect: '  12.50'
SELECT TO_CHAR(12.5, '999.99');

-- date minus date is an integer number of days; date plus an integer is a date
-- driver: 42000 Cannot apply '-' to <DATE> - <DATE>, with the hint to write DATEDIFF(day, a, b)
-- expect: 3 | DATE 2024-03-05
SELECT DATE '2024-03-04' - DATE '2024-03-01', DATE '2024-03-04' + 1;

-- timestamp minus timestamp is an interval: durations as EXTRACT(EPOCH FROM b - a), comparisons with
-- an interval, DATE_PART('day', b - a)
-- driver: 42000 Cannot apply '-' to <TIMESTAMP> - <TIMESTAMP>, with the DATEDIFF hint
-- expect: 86400 | true | 2
SELECT EXTRACT(EPOCH FROM (TIMESTAMP '2024-01-02 00:00:00' - TIMESTAMP '2024-01-01 00:00:00')),
       (TIMESTAMP '2024-01-03 00:00:00' - TIMESTAMP '2024-01-01 00:00:00') > INTERVAL '1' DAY,
       DATE_PART('day', TIMESTAMP '2024-01-03 12:00:00' - TIMESTAMP '2024-01-01 00:00:00');

-- EXTRACT(SECOND) keeps the fraction in PostgreSQL (H2 drops it too)
-- driver: 1 (SECOND is a whole number)
-- expect: 1.5
SELECT EXTRACT(SECOND FROM TIMESTAMP '2024-03-04 00:00:01.5');

-- GENERATE_SERIES, the usual calendar scaffold of a report
-- driver: 42000 No match found for function signature GENERATE_SERIES
-- expect: 1
-- expect: 2
-- expect: 3
SELECT x FROM GENERATE_SERIES(1, 3) AS g(x) ORDER BY x;

-- AGE returns text, not an interval, so EXTRACT of it fails
-- driver: 42000 AGE returns text, so EXTRACT cannot take it
-- expect: 4
SELECT EXTRACT(YEAR FROM AGE(TIMESTAMP '2024-03-04 00:00:00', TIMESTAMP '2020-01-01 00:00:00'));

-- ===================================================================== string functions

-- LEFT and RIGHT with a negative length: all but the last / first |n| characters
-- driver: '' | '' (a negative length gives an empty string)
-- expect: 'ab' | 'bc'
SELECT LEFT('abc', -1), RIGHT('abc', -1);

-- REGEXP_MATCHES (or an equivalent such as SUBSTRING(x FROM pattern) / REGEXP_SUBSTR); the issue asks for one
-- driver: 0A000 the driver cannot execute SUBSTRING(x FROM pattern); REGEXP_SUBSTR works
-- expect: 'example.org'
SELECT SUBSTRING('donor1@example.org' FROM '@(.*)$');

-- ARRAY_TO_STRING of ARRAY_AGG (the usual way to show an array)
-- driver: HY000 arrayToString supports only String (cast the elements to VARCHAR first)
-- expect: '1,2,3'
SELECT ARRAY_TO_STRING(ARRAY_AGG(x ORDER BY x), ',') FROM (VALUES (3), (1), (2)) AS t(x);

-- ARRAY_LENGTH of ARRAY_AGG (CARDINALITY works)
-- driver: 42000 No match found for ARRAY_LENGTH (CARDINALITY works)
-- expect: 2
SELECT ARRAY_LENGTH(ARRAY_AGG(x), 1) FROM (VALUES (1), (2)) AS t(x);

-- CHAR(n) values lose their trailing blanks when concatenated
-- driver: 'abc  |' (CHAR(5) keeps its blanks)
-- expect: 'abc|'
SELECT CAST('abc' AS CHAR(5)) || '|';

-- ===================================================================== numbers

-- a cast of a numeric to an integer type or a smaller scale rounds half away from zero in PostgreSQL; the
-- driver truncates (H2 in PostgreSQL mode rounds)
-- driver: 1 | -1 | 2 | 2 | 1.2 (casts truncate)
-- expect: 2 | -2 | 3 | 3 | 1.3
SELECT CAST(1.5 AS INTEGER), CAST(-1.5 AS INTEGER), 2.5::integer, CAST(2.5 AS BIGINT), 1.25::decimal(5, 1);

-- AVG of an integer column is numeric in PostgreSQL; the driver keeps the integer type and truncates
-- (H2: 3.068432671081678 on the quantities below)
-- driver: 1 (AVG of integers is an integer)
-- expect: 1.5
SELECT AVG(x) FROM (VALUES (1), (2)) AS t(x);

-- LOG10 is computed in double and misses exact powers of ten (PostgreSQL: 3); DIV is missing
-- driver: 42000 No match found for DIV (and LOG10(1000) is 2.9999999999999996)
-- expect: 3 | 3
SELECT LOG10(1000), DIV(7, 2);

-- ===================================================================== aggregates

-- DISTINCT ON, PostgreSQL's first row per group
-- driver: 0A000 with the hint to use ROW_NUMBER() OVER (PARTITION BY ...)
-- expect: 1120 | 907
SELECT DISTINCT ON (campaign_id) campaign_id, transaction_id FROM donations ORDER BY campaign_id, transaction_id LIMIT 1;

-- STDDEV, STDDEV_POP and VARIANCE of a numeric keep the argument's scale (PostgreSQL: full numeric precision)
-- driver: 1.500000 | 1.200000 | 2.300000 (the argument's scale)
-- expect: 1.527525 | 1.247219 | 2.333333
SELECT ROUND(STDDEV(x), 6), ROUND(STDDEV_POP(x), 6), ROUND(VARIANCE(x), 6) FROM (VALUES (1.0), (2.0), (4.0)) AS t(x);

-- ===================================================================== system functions
