-- Dialect corpus (issue 18): analyst-style PostgreSQL-flavoured SQL, as typed into DBeaver or a report
-- tool. Every statement runs on the driver and on H2 in MODE=PostgreSQL (DialectDifferentialTest).
-- Format and flags as in corpus.sql: the "--" lines before a statement are its label; [ordered] = the
-- ORDER BY is a total order; [empty] = the right answer has no rows.
-- Where H2 does not do what PostgreSQL does, the construct is checked in dialect-golden.sql instead,
-- against hand-computed PostgreSQL results; the comparison here is never loosened.

-- ===================================================================== GROUP BY / ORDER BY by ordinal and alias

-- [ordered] GROUP BY 1 and ORDER BY 1
SELECT campaign_type, COUNT(*) FROM donations GROUP BY 1 ORDER BY 1;

-- [ordered] GROUP BY 1, 2 with ORDER BY 3 DESC and a tie breaker
SELECT campaign_type, payment_type, COUNT(*) AS n FROM donations GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2;

-- [ordered] GROUP BY a select alias, ORDER BY the alias
SELECT campaign_type AS t, SUM(transaction_gross_amount_value) AS total FROM donations GROUP BY t ORDER BY t;

-- [ordered] GROUP BY an expression alias, ORDER BY an aggregate alias
SELECT EXTRACT(YEAR FROM transaction_created_date) AS yr, COUNT(*) AS n FROM donations
GROUP BY yr ORDER BY n DESC, yr;

-- GROUP BY 1 with a WHERE on a pushed column (campaign_id) keeps the pushdown
SELECT campaign_type, COUNT(*), SUM(transaction_gross_amount_value) FROM donations
WHERE campaign_id = 1226 GROUP BY 1;

-- GROUP BY 1 with a WHERE on the pushed date range
SELECT payment_type, COUNT(*) FROM donations
WHERE transaction_created_date >= TIMESTAMP '2024-01-01 00:00:00'
  AND transaction_created_date < TIMESTAMP '2025-01-01 00:00:00'
GROUP BY 1;

-- GROUP BY 1 with HAVING on an aggregate
SELECT donor_id, COUNT(*) FROM donations GROUP BY 1 HAVING COUNT(*) >= 6;

-- GROUP BY an ordinal of a child table
SELECT type, SUM(quantity), COUNT(DISTINCT transaction_id) FROM donations_items GROUP BY 1;

-- [ordered] ORDER BY an ordinal of an expression and LIMIT
SELECT transaction_id, transaction_gross_amount_value - transaction_net_amount_value AS fee FROM donations
WHERE transaction_net_amount_value IS NOT NULL ORDER BY 2 DESC, 1 LIMIT 10;

-- [ordered] GROUP BY ordinal over a join, ORDER BY alias
SELECT c.name AS campaign, COUNT(*) AS gifts FROM donations d JOIN campaigns c ON c.id = d.campaign_id
GROUP BY 1 ORDER BY gifts DESC, campaign;

-- ===================================================================== != and :: casts

-- != on a pushed column
SELECT transaction_id, campaign_id FROM donations WHERE campaign_id != 1226;

-- != on text, with a NULL column
SELECT transaction_id, mailing_address_city FROM donations WHERE mailing_address_city != 'Tucson';

-- ::varchar of an id in a filter
SELECT id, name FROM campaigns WHERE id::varchar = '1143';

-- ::varchar concatenated
SELECT transaction_id, 'T' || transaction_id::varchar || '-' || campaign_id::varchar FROM donations;

-- ::date of a timestamp
SELECT transaction_id, transaction_created_date::date FROM donations;

-- ::integer of text digits
SELECT transaction_id, credit_card_last4::integer FROM donations WHERE credit_card_last4 IS NOT NULL;

-- ::numeric(10, 2) and ::bigint of a DECIMAL
SELECT item_id, transaction_id, (quantity * price)::numeric(12, 2), FLOOR(price)::bigint FROM donations_items;

-- ::timestamp of a column compared with a literal
SELECT transaction_id FROM donations WHERE transaction_created_date::date < DATE '2023-03-01';

-- ::date of a column against a date literal
SELECT transaction_id, transaction_created_date FROM donations
WHERE transaction_created_date::date = DATE '2024-03-01';

-- ===================================================================== regular expressions and ILIKE

-- ~ on an email
SELECT transaction_id, donor_email FROM donations WHERE donor_email ~ '^[a-m]';

-- ~* case-insensitive
SELECT transaction_id, donor_last_name FROM donations WHERE donor_last_name ~* '^(smith|o''brien)';

-- !~ negated
SELECT transaction_id, donor_email FROM donations WHERE donor_email !~ '[0-4]@';

-- ~ with a character class on text with digits
SELECT transaction_id, credit_card_last4 FROM donations WHERE credit_card_last4 ~ '^[0-4][0-9]+$';

-- ILIKE with a lower-case pattern
SELECT transaction_id, donor_last_name FROM donations WHERE donor_last_name ILIKE 'smith%';

-- ILIKE on non-ASCII text whose ASCII letters differ in case (non-ASCII case: dialect-differences.sql)
SELECT transaction_id, donor_last_name FROM donations WHERE donor_last_name ILIKE 'mü%' OR donor_last_name ILIKE '%ñEZ';

-- NOT ILIKE
SELECT id, name FROM campaigns WHERE name NOT ILIKE '%raffle%';

-- ILIKE on a campaign name with LIKE wildcards
SELECT id, name FROM campaigns WHERE name ILIKE '%a_c%';

-- ===================================================================== DATE_TRUNC

-- [ordered] monthly totals: DATE_TRUNC('month') GROUP BY 1 ORDER BY 1 (the issue's example)
SELECT DATE_TRUNC('month', transaction_created_date) AS m, SUM(transaction_gross_amount_value)
FROM donations GROUP BY 1 ORDER BY 1;

-- [ordered] yearly counts by DATE_TRUNC('year')
SELECT DATE_TRUNC('year', transaction_created_date), COUNT(*) FROM donations GROUP BY 1 ORDER BY 1;

-- DATE_TRUNC('day') and ('hour') of every donation
SELECT transaction_id, DATE_TRUNC('day', transaction_created_date), DATE_TRUNC('hour', transaction_created_date)
FROM donations;

-- [ordered] DATE_TRUNC('quarter') grouping
SELECT DATE_TRUNC('quarter', transaction_created_date) AS q, COUNT(*), MAX(transaction_gross_amount_value)
FROM donations GROUP BY q ORDER BY q;

-- DATE_TRUNC('minute') on ISO timestamps with millis
SELECT id, transaction_date, DATE_TRUNC('minute', transaction_date), DATE_TRUNC('second', transaction_date)
FROM transaction_items;

-- DATE_TRUNC in WHERE on the pushed date column
SELECT transaction_id, transaction_created_date FROM donations
WHERE DATE_TRUNC('month', transaction_created_date) = TIMESTAMP '2024-03-01 00:00:00';

-- upper-case unit
SELECT transaction_id, DATE_TRUNC('MONTH', transaction_created_date) FROM donations WHERE campaign_id = 1143;

-- DATE_TRUNC of a campaign's end date, NULL-safe
SELECT id, DATE_TRUNC('month', end_date_utc), DATE_TRUNC('year', start_date_utc) FROM campaigns;

-- ===================================================================== EXTRACT

-- EXTRACT of year, month, day, hour, minute, quarter, doy
SELECT transaction_id, EXTRACT(YEAR FROM transaction_created_date), EXTRACT(MONTH FROM transaction_created_date),
       EXTRACT(DAY FROM transaction_created_date), EXTRACT(HOUR FROM transaction_created_date),
       EXTRACT(MINUTE FROM transaction_created_date), EXTRACT(QUARTER FROM transaction_created_date),
       EXTRACT(DOY FROM transaction_created_date)
FROM donations;

-- EXTRACT(DOW) (Sunday = 0) grouped
SELECT EXTRACT(DOW FROM transaction_created_date) AS dow, COUNT(*) FROM donations GROUP BY 1;

-- EXTRACT(ISODOW) (Monday = 1, Sunday = 7)
SELECT transaction_id, EXTRACT(ISODOW FROM transaction_created_date) FROM donations;

-- weekend donations by DOW
SELECT transaction_id, transaction_created_date FROM donations
WHERE EXTRACT(DOW FROM transaction_created_date) IN (0, 6);

-- EXTRACT(EPOCH) of a second-precision timestamp
SELECT transaction_id, EXTRACT(EPOCH FROM transaction_created_date) FROM donations;

-- EXTRACT(EPOCH) differences in a filter
SELECT transaction_id FROM donations
WHERE EXTRACT(EPOCH FROM refund_date) - EXTRACT(EPOCH FROM transaction_created_date) > 86400 * 10;

-- [ordered] EXTRACT(YEAR), EXTRACT(MONTH) grouped by ordinals
SELECT EXTRACT(YEAR FROM transaction_created_date), EXTRACT(MONTH FROM transaction_created_date), COUNT(*)
FROM donations GROUP BY 1, 2 ORDER BY 1, 2;

-- ===================================================================== TO_CHAR

-- [ordered] TO_CHAR(ts, 'YYYY-MM') monthly report
SELECT TO_CHAR(transaction_created_date, 'YYYY-MM') AS ym, COUNT(*), SUM(transaction_gross_amount_value)
FROM donations GROUP BY 1 ORDER BY 1;

-- TO_CHAR with date and time patterns
SELECT transaction_id, TO_CHAR(transaction_created_date, 'YYYY-MM-DD HH24:MI:SS'),
       TO_CHAR(transaction_created_date, 'DD/MM/YYYY')
FROM donations;

-- TO_CHAR month names: FMMonth and Mon
SELECT transaction_id, TO_CHAR(transaction_created_date, 'FMMonth YYYY'), TO_CHAR(transaction_created_date, 'Mon')
FROM donations;

-- TO_CHAR day names, quarter and padded month name
SELECT transaction_id, TO_CHAR(transaction_created_date, 'FMDay'), TO_CHAR(transaction_created_date, 'Dy'),
       TO_CHAR(transaction_created_date, 'YYYY-Q'), TO_CHAR(transaction_created_date, 'Month')
FROM donations;

-- TO_CHAR 12-hour clock
SELECT transaction_id, TO_CHAR(transaction_created_date, 'HH12:MI AM') FROM donations;

-- ===================================================================== NOW() and interval arithmetic

-- NOW() later than a past timestamp: every donation
SELECT COUNT(*) FROM donations WHERE NOW() > TIMESTAMP '2020-01-01 00:00:00';

-- donations of 2023 are before NOW() (whenever the test runs: the data reaches into 2025)
SELECT transaction_id FROM donations
WHERE transaction_created_date < TIMESTAMP '2024-01-01 00:00:00' AND transaction_created_date < NOW();

-- [empty] no donation of 2023 is after NOW()
SELECT transaction_id FROM donations
WHERE transaction_created_date < TIMESTAMP '2024-01-01 00:00:00' AND transaction_created_date > NOW();

-- CURRENT_DATE after a past date
SELECT COUNT(*) FROM campaigns WHERE CURRENT_DATE > DATE '2021-01-01';

-- ts + INTERVAL '1' DAY and - INTERVAL '3' HOUR
SELECT transaction_id, transaction_created_date + INTERVAL '1' DAY, transaction_created_date - INTERVAL '3' HOUR
FROM donations;

-- a 30-day window after the campaign start
SELECT d.transaction_id, c.id FROM donations d JOIN campaigns c ON c.id = d.campaign_id
WHERE d.transaction_created_date < c.start_date_utc + INTERVAL '30' DAY;

-- refunds within a week
SELECT transaction_id, transaction_created_date, refund_date FROM donations
WHERE refund_date <= transaction_created_date + INTERVAL '7' DAY;

-- DATE_TRUNC plus an interval: the end of the month
SELECT transaction_id, DATE_TRUNC('month', transaction_created_date) + INTERVAL '1' MONTH - INTERVAL '1' SECOND
FROM donations;

-- ===================================================================== DATEADD / DATEDIFF

-- DATEADD by day, month and hour
SELECT transaction_id, DATEADD(day, 1, transaction_created_date), DATEADD(month, -1, transaction_created_date),
       DATEADD(hour, 12, transaction_created_date)
FROM donations;

-- DATEDIFF in days counts midnights crossed
SELECT transaction_id, DATEDIFF(day, transaction_created_date, transaction_updated_date),
       DATEDIFF(day, transaction_created_date, refund_date)
FROM donations;

-- DATEDIFF in months and years counts boundaries crossed
SELECT id, DATEDIFF(month, start_date_utc, end_date_utc), DATEDIFF(year, start_date_utc, end_date_utc)
FROM campaigns;

-- DATEDIFF in hours and minutes
SELECT transaction_id, DATEDIFF(hour, transaction_created_date, refund_date),
       DATEDIFF(minute, transaction_created_date, transaction_updated_date)
FROM donations;

-- DATEDIFF against a literal in a filter
SELECT transaction_id FROM donations
WHERE DATEDIFF(day, TIMESTAMP '2024-01-01 00:00:00', transaction_created_date) BETWEEN 0 AND 30;

-- ===================================================================== string functions

-- LENGTH, LEFT, RIGHT
SELECT transaction_id, LENGTH(donor_last_name), LEFT(donor_email, 5), RIGHT(donor_email, 4) FROM donations;

-- LEFT and RIGHT of non-ASCII text
SELECT DISTINCT donor_first_name, LEFT(donor_first_name, 2), RIGHT(donor_first_name, 2) FROM donations;

-- LPAD and RPAD of ids and text (one-character fills: H2 repeats only the first character)
SELECT transaction_id, LPAD(CAST(transaction_id AS VARCHAR), 8, '0'), RPAD(donor_first_name, 10, '.'),
       LPAD(donor_last_name, 3), RPAD(donor_last_name, 12)
FROM donations;

-- LTRIM and RTRIM of padded text
SELECT transaction_id, LTRIM(comment), RTRIM(comment), LENGTH(LTRIM(RTRIM(comment))) FROM donations;

-- LTRIM and RTRIM inside CONCAT
SELECT transaction_id, CONCAT('[', LTRIM(comment), '|', RTRIM(comment), ']') FROM donations;

-- TRIM of both sides and of a character
SELECT transaction_id, TRIM(BOTH ' ' FROM comment), TRIM(LEADING '0' FROM credit_card_last4) FROM donations;

-- CONCAT skips NULLs
SELECT transaction_id, CONCAT(donor_first_name, ' ', donor_last_name), CONCAT(mailing_address_city, ', ', mailing_address_state)
FROM donations;

-- CONCAT of numbers and text
SELECT transaction_id, CONCAT('#', transaction_id, '/', campaign_id) FROM donations;

-- CONCAT_WS skips NULLs
SELECT transaction_id, CONCAT_WS(', ', mailing_address_city, mailing_address_state, mailing_address_country)
FROM donations;

-- CONCAT_WS with a single present value
SELECT transaction_id, CONCAT_WS('-', donor_first_name, NULL, donor_last_name) FROM donations;

-- REGEXP_REPLACE 3 arguments: only the first match in PostgreSQL
SELECT transaction_id, REGEXP_REPLACE(donor_email, '[aeiou]', '*') FROM donations;

-- REGEXP_REPLACE with 'g' replaces every match
SELECT transaction_id, REGEXP_REPLACE(donor_email, '[aeiou]', '*', 'g') FROM donations;

-- REGEXP_REPLACE stripping non-digits from a phone
SELECT transaction_id, REGEXP_REPLACE(mailing_address_phone, '[^0-9]', '', 'g') FROM donations;

-- REGEXP_REPLACE with a back reference
SELECT transaction_id, REGEXP_REPLACE(donor_email, '^([^@]+)@(.*)$', '\2:\1') FROM donations;

-- REPLACE, UPPER, LOWER, INITCAP-free title of a domain
SELECT transaction_id, REPLACE(donor_email, '@', ' at '), UPPER(LEFT(donor_last_name, 1)), LOWER(donor_last_name)
FROM donations;

-- POSITION and SUBSTRING of the email domain
SELECT transaction_id, SUBSTRING(donor_email FROM POSITION('@' IN donor_email) + 1) FROM donations;

-- SUBSTR with two and three arguments
SELECT transaction_id, SUBSTR(donor_email, 3), SUBSTR(donor_email, 1, 3) FROM donations;

-- REPEAT to mask a card number
SELECT transaction_id, REPEAT('*', 12) || credit_card_last4, REPEAT('ab', LENGTH(credit_card_last4)) FROM donations;

-- [ordered] LENGTH in a filter and ORDER BY ordinal
SELECT transaction_id, LENGTH(donor_email) FROM donations WHERE LENGTH(donor_email) > 18 ORDER BY 2 DESC, 1;

-- CHARACTER_LENGTH, OCTET_LENGTH of non-ASCII text
SELECT DISTINCT donor_last_name, CHARACTER_LENGTH(donor_last_name), OCTET_LENGTH(donor_last_name) FROM donations;

-- ASCII and CHR
SELECT DISTINCT donor_first_name, ASCII(donor_first_name), CHR(65) FROM donations;

-- ===================================================================== STRING_AGG

-- STRING_AGG with ORDER BY inside, per campaign
SELECT campaign_id, STRING_AGG(CAST(transaction_id AS VARCHAR), ',' ORDER BY transaction_id) FROM donations GROUP BY 1;

-- STRING_AGG of distinct payment types
SELECT campaign_type, STRING_AGG(DISTINCT payment_type, ', ' ORDER BY payment_type) FROM donations GROUP BY 1;

-- STRING_AGG skips NULLs, ordered descending
SELECT campaign_id, STRING_AGG(mailing_address_city, '|' ORDER BY mailing_address_city DESC, transaction_id)
FROM donations GROUP BY campaign_id;

-- STRING_AGG of item names per donation
SELECT transaction_id, STRING_AGG(name, '; ' ORDER BY item_id) FROM donations_items GROUP BY transaction_id;

-- ===================================================================== GREATEST, LEAST, COALESCE, IFNULL, NVL, NULLIF

-- GREATEST and LEAST of two amounts (NULLs ignored)
SELECT transaction_id, GREATEST(transaction_gross_amount_value, transaction_net_amount_value),
       LEAST(transaction_gross_amount_value, transaction_net_amount_value)
FROM donations;

-- GREATEST of timestamps
SELECT transaction_id, GREATEST(transaction_created_date, transaction_updated_date, refund_date) FROM donations;

-- LEAST with a literal floor
SELECT item_id, transaction_id, LEAST(quantity, 3), GREATEST(price, 10) FROM donations_items;

-- IFNULL and NVL
SELECT transaction_id, IFNULL(mailing_address_city, 'unknown'), NVL(transaction_net_amount_value, 0) FROM donations;

-- COALESCE over three columns, NULLIF of an empty comment
SELECT transaction_id, COALESCE(refund_date, transaction_updated_date, transaction_created_date),
       NULLIF(comment, ''), COALESCE(NULLIF(comment, ''), '(none)')
FROM donations;

-- NVL in an aggregate
SELECT campaign_type, SUM(NVL(transaction_net_amount_value, 0)), SUM(IFNULL(sale_fee, 0)) FROM donations GROUP BY 1;

-- ===================================================================== CASE

-- CASE buckets grouped by ordinal
SELECT CASE WHEN transaction_gross_amount_value >= 500 THEN 'large'
            WHEN transaction_gross_amount_value >= 100 THEN 'medium'
            ELSE 'small' END::varchar AS bucket, COUNT(*)
FROM donations GROUP BY 1;

-- simple CASE on a column
SELECT transaction_id, CASE payment_type WHEN 'Cash' THEN 1 WHEN 'Check' THEN 2 ELSE 0 END FROM donations;

-- CASE inside SUM (pivot)
SELECT campaign_type,
       SUM(CASE WHEN EXTRACT(YEAR FROM transaction_created_date) = 2023 THEN transaction_gross_amount_value ELSE 0 END) AS y2023,
       SUM(CASE WHEN EXTRACT(YEAR FROM transaction_created_date) = 2024 THEN transaction_gross_amount_value ELSE 0 END) AS y2024
FROM donations GROUP BY 1;

-- ===================================================================== aggregates

-- COUNT(*) FILTER (WHERE ...) per type
SELECT campaign_type, COUNT(*) FILTER (WHERE is_refunded), COUNT(*) FILTER (WHERE payment_type = 'Cash'),
       SUM(transaction_gross_amount_value) FILTER (WHERE transaction_gross_amount_value > 100)
FROM donations GROUP BY 1;

-- BOOL_AND and BOOL_OR
SELECT campaign_id, BOOL_AND(is_refunded), BOOL_OR(is_refunded), BOOL_OR(is_recurring) FROM donations GROUP BY 1;

-- BOOL_OR of a comparison in HAVING
SELECT donor_id, COUNT(*) FROM donations GROUP BY donor_id HAVING BOOL_OR(transaction_gross_amount_value > 500);

-- MEDIAN of a cast amount
SELECT campaign_type, ROUND(CAST(MEDIAN(CAST(transaction_gross_amount_value AS DOUBLE PRECISION)) AS NUMERIC(19, 6)), 4) FROM donations GROUP BY 1;

-- MEDIAN of an INTEGER
SELECT transaction_id, ROUND(CAST(MEDIAN(CAST(quantity AS DOUBLE PRECISION)) AS NUMERIC(19, 6)), 4) FROM donations_items GROUP BY 1;

-- PERCENTILE_CONT(0.5) WITHIN GROUP (rounded: H2 interpolates in another order, see dialect-golden.sql)
SELECT campaign_type, ROUND(CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CAST(transaction_gross_amount_value AS DOUBLE PRECISION)) AS NUMERIC(19, 6)), 4)
FROM donations GROUP BY 1;

-- PERCENTILE_CONT(0.9) and PERCENTILE_DISC(0.9)
SELECT ROUND(CAST(PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY CAST(transaction_gross_amount_value AS DOUBLE PRECISION)) AS NUMERIC(19, 6)), 4),
       PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY CAST(transaction_gross_amount_value AS DOUBLE PRECISION))
FROM donations;

-- PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY x) per campaign (DESC differs in H2: dialect-golden.sql)
SELECT campaign_id, PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY CAST(transaction_gross_amount_value AS DOUBLE PRECISION))
FROM donations GROUP BY campaign_id;

-- PERCENTILE_CONT DESC
SELECT campaign_type, PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY CAST(quantity AS DOUBLE PRECISION) DESC)
FROM donations d JOIN donations_items i ON i.transaction_id = d.transaction_id GROUP BY 1;

-- quartiles of item prices
SELECT PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY CAST(price AS DOUBLE PRECISION)),
       PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY CAST(price AS DOUBLE PRECISION)),
       ROUND(CAST(MEDIAN(CAST(price AS DOUBLE PRECISION)) AS NUMERIC(19, 6)), 4)
FROM donations_items;

-- ARRAY_AGG compared through CARDINALITY
SELECT campaign_id, CARDINALITY(ARRAY_AGG(transaction_id)) FROM donations GROUP BY 1;

-- COUNT DISTINCT with GROUP BY alias and HAVING
SELECT payment_type AS pt, COUNT(DISTINCT donor_id) AS donors FROM donations GROUP BY pt HAVING COUNT(DISTINCT donor_id) > 5;

-- HAVING on an alias-free aggregate expression
SELECT campaign_id, SUM(transaction_gross_amount_value) FROM donations GROUP BY 1
HAVING SUM(transaction_gross_amount_value) > 2 * AVG(transaction_gross_amount_value);

-- AVG rounded to cents (cast first: both engines round half up)
SELECT campaign_type, ROUND(AVG(CAST(transaction_gross_amount_value AS NUMERIC(19, 6))), 2) FROM donations GROUP BY 1;

-- STDDEV-free spread: MAX - MIN per month
SELECT DATE_TRUNC('month', transaction_created_date), MAX(transaction_gross_amount_value) - MIN(transaction_gross_amount_value)
FROM donations GROUP BY 1;

-- ===================================================================== LIMIT / OFFSET

-- [ordered] LIMIT with OFFSET
SELECT transaction_id, donor_email FROM donations ORDER BY transaction_id LIMIT 10 OFFSET 20;

-- [ordered] OFFSET without LIMIT
SELECT id, name FROM campaigns ORDER BY id OFFSET 8;

-- [ordered] top 5 donors by total, GROUP BY 1 ORDER BY 2 DESC LIMIT 5
SELECT donor_id, SUM(transaction_gross_amount_value) FROM donations WHERE donor_id IS NOT NULL
GROUP BY 1 ORDER BY 2 DESC NULLS LAST, 1 LIMIT 5;

-- [ordered] LIMIT ALL-free: LIMIT larger than the table
SELECT id FROM campaigns ORDER BY id LIMIT 1000;

-- ===================================================================== window functions

-- ROW_NUMBER per month
SELECT transaction_id, DATE_TRUNC('month', transaction_created_date),
       ROW_NUMBER() OVER (PARTITION BY DATE_TRUNC('month', transaction_created_date) ORDER BY transaction_id)
FROM donations;

-- running total by month
SELECT m, total, SUM(total) OVER (ORDER BY m) FROM (
  SELECT DATE_TRUNC('month', transaction_created_date) AS m, SUM(transaction_gross_amount_value) AS total
  FROM donations GROUP BY 1) t;

-- LAG for month-over-month change
SELECT m, n, n - LAG(n) OVER (ORDER BY m) FROM (
  SELECT TO_CHAR(transaction_created_date, 'YYYY-MM') AS m, COUNT(*) AS n FROM donations GROUP BY 1) t;

-- share of campaign total with SUM() OVER (PARTITION BY)
SELECT transaction_id, campaign_id,
       ROUND(transaction_gross_amount_value * 100 / SUM(transaction_gross_amount_value) OVER (PARTITION BY campaign_id), 2)
FROM donations;

-- NTILE quartiles of gross amount
SELECT transaction_id, NTILE(4) OVER (ORDER BY transaction_gross_amount_value NULLS FIRST, transaction_id) FROM donations;

-- FIRST_VALUE per donor
SELECT transaction_id, donor_id,
       FIRST_VALUE(transaction_id) OVER (PARTITION BY donor_id ORDER BY transaction_created_date, transaction_id)
FROM donations;

-- RANK over a grouped ordinal
SELECT campaign_type, COUNT(*), RANK() OVER (ORDER BY COUNT(*) DESC) FROM donations GROUP BY 1;

-- moving average of 3 rows, rounded
SELECT transaction_id, ROUND(AVG(CAST(transaction_gross_amount_value AS NUMERIC(19, 6)))
       OVER (ORDER BY transaction_id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2)
FROM donations;

-- DENSE_RANK of the month inside the year
SELECT transaction_id, DENSE_RANK() OVER (PARTITION BY EXTRACT(YEAR FROM transaction_created_date)
                                          ORDER BY DATE_TRUNC('month', transaction_created_date))
FROM donations;

-- COUNT(*) OVER with FILTER-free CASE
SELECT transaction_id, COUNT(CASE WHEN is_refunded THEN 1 END) OVER (PARTITION BY campaign_id) FROM donations;

-- ===================================================================== subqueries and joins mixing these

-- IN a subquery of ILIKE campaigns
SELECT transaction_id, campaign_id FROM donations
WHERE campaign_id IN (SELECT id FROM campaigns WHERE name ILIKE '%raffle%');

-- EXISTS with != and DATE_TRUNC
SELECT c.id, c.name FROM campaigns c WHERE EXISTS (
  SELECT 1 FROM donations d WHERE d.campaign_id = c.id AND d.payment_type != 'Cash'
    AND DATE_TRUNC('year', d.transaction_created_date) = TIMESTAMP '2024-01-01 00:00:00');

-- scalar subquery with MEDIAN
SELECT transaction_id, transaction_gross_amount_value FROM donations
WHERE transaction_gross_amount_value > (SELECT MEDIAN(CAST(transaction_gross_amount_value AS DOUBLE PRECISION)) FROM donations);

-- CTE of monthly totals joined back
WITH monthly AS (
  SELECT DATE_TRUNC('month', transaction_created_date) AS m, SUM(transaction_gross_amount_value) AS total
  FROM donations GROUP BY 1)
SELECT d.transaction_id, m.total FROM donations d JOIN monthly m ON m.m = DATE_TRUNC('month', d.transaction_created_date)
WHERE d.campaign_id = 1226;

-- join with GROUP BY 1, 2 and STRING_AGG
SELECT c.name, d.payment_type, STRING_AGG(d.transaction_id::varchar, ',' ORDER BY d.transaction_id)
FROM campaigns c JOIN donations d ON d.campaign_id = c.id GROUP BY 1, 2;

-- LEFT JOIN with COALESCE of a count, GROUP BY alias
SELECT c.name AS campaign, COALESCE(SUM(d.transaction_gross_amount_value), 0) AS raised, COUNT(d.transaction_id)
FROM campaigns c LEFT JOIN donations d ON d.campaign_id = c.id GROUP BY campaign;

-- three-way join with EXTRACT and FILTER
SELECT c.name, EXTRACT(YEAR FROM d.transaction_created_date), SUM(i.quantity) FILTER (WHERE i.price > 20)
FROM campaigns c JOIN donations d ON d.campaign_id = c.id JOIN donations_items i ON i.transaction_id = d.transaction_id
GROUP BY 1, 2;

-- derived table with ordinal grouping inside and outside
SELECT bucket, COUNT(*) FROM (
  SELECT donor_id, CASE WHEN COUNT(*) > 4 THEN 'repeat' ELSE 'occasional' END::varchar AS bucket
  FROM donations GROUP BY 1) t GROUP BY 1;

-- transaction items joined to donations with ILIKE and ::date
SELECT t.id, t.email, d.donor_email FROM transaction_items t JOIN donations d ON d.transaction_id = t.id
WHERE t.email ILIKE d.donor_email AND CAST(t.transaction_date AS DATE) = CAST(d.transaction_created_date AS DATE);

-- raffle tickets per campaign with CONCAT_WS
SELECT t.campaign_title, CONCAT_WS(':', MIN(r.entry_start_number), MAX(r.entry_end_number)), SUM(r.quantity)
FROM transaction_items t JOIN transaction_items_raffle_tickets r ON r.id = t.id GROUP BY 1;

-- auction bids with GREATEST of bid and maximum
SELECT id, campaign_id, GREATEST(bid_amount, maximum_bid), LEAST(bid_amount, maximum_bid) FROM auction_bids;

-- raffle winners with LEFT and UPPER of the prize
SELECT id, winner_id, UPPER(LEFT(prize, 3)), LENGTH(prize), winning_ticket_number::varchar FROM raffle_winners;

-- participants: NVL of a team, GREATEST of progress
SELECT id, NVL(team_name, '(solo)'), GREATEST(participant_units_completed, participant_units_goal) FROM participants;

-- teams with a goal: ROUND and ::integer
SELECT id, team_name, ROUND(team_fundraising_goal)::integer FROM teams WHERE team_fundraising_goal IS NOT NULL;

-- UNION of regex matches on two tables
SELECT donor_email FROM donations WHERE donor_email ~ '[0-4]@' UNION SELECT email FROM transaction_items WHERE email ~ '1[0-9]@';

-- [empty] != contradicting =
SELECT transaction_id FROM donations WHERE campaign_id = 1226 AND campaign_id != 1226;

-- [ordered] EXCEPT with ::varchar, ordered by ordinal
SELECT id::varchar FROM campaigns EXCEPT SELECT campaign_id::varchar FROM donations ORDER BY 1;

-- IS DISTINCT FROM
SELECT transaction_id, mailing_address_city FROM donations WHERE mailing_address_city IS DISTINCT FROM 'Tucson';

-- IS NOT DISTINCT FROM NULL
SELECT transaction_id FROM donations WHERE mailing_address_city IS NOT DISTINCT FROM NULL;

-- boolean literals 't'/'f' free: = TRUE and IS FALSE
SELECT transaction_id FROM donations WHERE is_refunded = TRUE OR is_recurring IS FALSE;

-- math functions: ROUND with digits, CEIL, FLOOR, ABS, SIGN, MOD, POWER, SQRT
SELECT transaction_id, ROUND(transaction_gross_amount_value, 1),
       CEIL(transaction_net_amount_value), FLOOR(transaction_net_amount_value), ABS(transaction_net_amount_value),
       SIGN(transaction_net_amount_value), MOD(transaction_id, 7)
FROM donations;

-- integer division and % modulo
SELECT item_id, transaction_id, quantity / 2, quantity % 2 FROM donations_items;

-- ===================================================================== pushdown shapes under the new conformance

-- [ordered] GROUP BY 1 with a pushed campaign_id equality and ORDER BY alias
SELECT campaign_type AS t, COUNT(*) AS n FROM donations WHERE campaign_id = 1143 GROUP BY 1 ORDER BY t;

-- GROUP BY 1 over a pushed date range written with CAST of text
SELECT status, COUNT(*) FROM donations
WHERE transaction_created_date >= CAST('2024-06-01' AS TIMESTAMP) AND transaction_created_date < CAST('2024-07-01' AS TIMESTAMP)
GROUP BY 1;

-- GROUP BY alias with a pushed key IN list
SELECT name AS n, COUNT(*) FROM campaigns WHERE id IN (1143, 1226) GROUP BY n;

-- [ordered] key equality through a :: cast of the key on the left
SELECT id, name FROM campaigns WHERE id::bigint = 1226 ORDER BY id;

-- DATE_TRUNC grouping with a pushed range
SELECT DATE_TRUNC('day', transaction_created_date), COUNT(*) FROM donations
WHERE transaction_created_date BETWEEN TIMESTAMP '2024-02-25 00:00:00' AND TIMESTAMP '2024-03-05 00:00:00' GROUP BY 1;

-- COUNT(*) FILTER with a pushed campaign
SELECT COUNT(*), COUNT(*) FILTER (WHERE is_refunded) FROM donations WHERE campaign_id = 1226;

-- ===================================================================== more report shapes

-- [ordered] DATE_TRUNC('month')::date grouped by ordinal
SELECT DATE_TRUNC('month', transaction_created_date)::date AS month_start, COUNT(*) FROM donations GROUP BY 1 ORDER BY 1;

-- [ordered] TO_CHAR of DATE_TRUNC as a month label, grouped by both
SELECT DATE_TRUNC('month', transaction_created_date) AS m, TO_CHAR(DATE_TRUNC('month', transaction_created_date), 'Mon YYYY'),
       SUM(transaction_gross_amount_value)
FROM donations WHERE transaction_created_date >= TIMESTAMP '2024-01-01 00:00:00' GROUP BY 1, 2 ORDER BY 1;

-- EXTRACT(...)::int in a CASE
SELECT transaction_id, CASE WHEN EXTRACT(HOUR FROM transaction_created_date)::int < 12 THEN 'am' ELSE 'pm' END FROM donations;

-- COALESCE(SUM(...), 0) per campaign, including campaigns without donations
SELECT c.id, COALESCE(SUM(d.transaction_net_amount_value), 0) FROM campaigns c
LEFT JOIN donations d ON d.campaign_id = c.id GROUP BY c.id;

-- SUBSTRING with commas (PostgreSQL's function form)
SELECT transaction_id, SUBSTRING(donor_email, 1, 5), SUBSTRING(donor_last_name, 2) FROM donations;

-- NOW() minus an interval as a rolling window: every donation is within 10 years
SELECT COUNT(*) FROM donations WHERE transaction_created_date > NOW() - INTERVAL '10' YEAR;

-- DATE_TRUNC of NOW() against NOW()
SELECT COUNT(*) FROM teams WHERE DATE_TRUNC('month', NOW()) <= NOW() AND CURRENT_DATE <= NOW();

-- [ordered] FETCH FIRST with an alias ORDER BY and NULLS LAST
SELECT donor_id AS donor, MAX(transaction_gross_amount_value) AS biggest FROM donations
GROUP BY donor ORDER BY biggest DESC NULLS LAST, donor FETCH FIRST 8 ROWS ONLY;

-- window over a GROUP BY 1 result
SELECT campaign_type, COUNT(*), SUM(COUNT(*)) OVER () FROM donations GROUP BY 1;

-- EXTRACT(CENTURY), EXTRACT(DECADE) and EXTRACT(ISOYEAR)
SELECT transaction_id, EXTRACT(CENTURY FROM transaction_created_date), EXTRACT(DECADE FROM transaction_created_date),
       EXTRACT(ISOYEAR FROM transaction_created_date)
FROM donations;

-- LAST_DAY-free month end through DATE_TRUNC, and a LIKE on TO_CHAR
SELECT transaction_id FROM donations
WHERE TO_CHAR(transaction_created_date, 'MM-DD') LIKE '02-2_' AND EXTRACT(DAY FROM transaction_created_date) >= 28;

-- ILIKE ANY-free: OR of ILIKE on two columns
SELECT transaction_id, donor_first_name, donor_last_name FROM donations
WHERE donor_first_name ILIKE '%an%' OR donor_last_name ILIKE 'o''%';

-- regex on the day name
SELECT transaction_id, TO_CHAR(transaction_created_date, 'FMDay') FROM donations
WHERE TO_CHAR(transaction_created_date, 'FMDay') ~ '^S';

-- campaign duration in days by DATEDIFF, bucketed and grouped by alias
SELECT CASE WHEN DATEDIFF(day, start_date_utc, end_date_utc) > 60 THEN 'long' ELSE 'short' END::varchar AS length_class,
       COUNT(*)
FROM campaigns WHERE end_date_utc IS NOT NULL GROUP BY length_class;

-- DATEADD in a join condition
SELECT d.transaction_id, c.name FROM donations d JOIN campaigns c
ON c.id = d.campaign_id AND d.transaction_created_date < DATEADD(day, 14, c.start_date_utc);
