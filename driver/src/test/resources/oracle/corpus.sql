-- Differential corpus: every statement runs on the driver and on H2 (DifferentialTest).
-- Format: the "--" lines before a statement are its label; a statement ends with ";" at the end of
-- a line. Label flags: [ordered] = the ORDER BY is a total order, so row order is compared;
-- [empty] = the right answer has no rows (otherwise H2 must return at least one row).
-- Write SQL valid in both engines. Where the engines legitimately differ (see DifferentialTest's
-- Javadoc), the query is written so that they do not, never the comparison.

-- ===================================================================== whole tables, every column

-- all campaign columns
SELECT * FROM campaigns;

-- all donation columns: flattened mailing address, currency twins, JSON text
SELECT * FROM donations;

-- all donation item columns, with the parent key repeated
SELECT * FROM donations_items;

-- all transaction item columns: ISO dates with millis and offsets
SELECT * FROM transaction_items;

-- all raffle ticket columns
SELECT * FROM transaction_items_raffle_tickets;

-- all auction bid columns: string ids
SELECT * FROM auction_bids;

-- all raffle winner columns
SELECT * FROM raffle_winners;

-- all participant columns: DECIMAL scale 4
SELECT * FROM participants;

-- all team columns
SELECT * FROM teams;

-- ===================================================================== filters

-- [ordered] equality on a VARCHAR
SELECT transaction_id, campaign_type, transaction_gross_amount, transaction_gross_amount_value
FROM donations WHERE campaign_type = 'Raffle' ORDER BY transaction_id;

-- inequality
SELECT transaction_id, status, payment_type FROM donations WHERE status <> 'Paid';

-- less-than on a currency twin
SELECT transaction_id, transaction_gross_amount, transaction_gross_amount_value
FROM donations WHERE transaction_gross_amount_value < 25;

-- BETWEEN on DECIMAL with a literal of another scale
SELECT transaction_id, net_deductible_amount FROM donations
WHERE net_deductible_amount BETWEEN 100 AND 200.505;

-- IN list of strings and NOT IN list of integers
SELECT i.transaction_id, i.item_id, i.type, i.quantity FROM donations_items i
WHERE i.type IN ('SaleItem', 'Ticket', 'Entry') AND i.quantity NOT IN (2, 4);

-- LIKE with % on an apostrophe name
SELECT transaction_id, donor_first_name, donor_last_name FROM donations
WHERE donor_last_name LIKE 'O''%' OR donor_last_name LIKE 'D''%';

-- LIKE with _ matching one non-ASCII character
SELECT transaction_id, donor_first_name FROM donations
WHERE donor_first_name LIKE 'Zo_' OR donor_first_name LIKE '_na' OR donor_last_name LIKE 'M_ller';

-- NOT LIKE, LIKE ... ESCAPE on a literal percent sign
SELECT transaction_id, comment FROM donations
WHERE comment LIKE '%100\%%' ESCAPE '\' OR (comment NOT LIKE '%!%' AND comment LIKE 'P%');

-- equality on Latin-1 and apostrophe literals
SELECT transaction_id, donor_last_name, mailing_address_city FROM donations
WHERE donor_last_name = 'Müller' OR mailing_address_city = 'St. John''s';

-- equality on a literal outside ISO-8859-1 (Vietnamese, Chinese names are common in donor lists)
SELECT transaction_id, donor_first_name, donor_last_name FROM donations
WHERE donor_last_name = 'Nguyễn' OR donor_first_name = '李';

-- IS NULL on a flattened object: the whole MailingAddress was null
SELECT transaction_id, mailing_address_first_name, mailing_address_city, mailing_address_zip_code
FROM donations WHERE mailing_address_city IS NULL;

-- IS NOT NULL on a nullable member of a present object
SELECT transaction_id, mailing_address_address2, mailing_address_phone FROM donations
WHERE mailing_address_address2 IS NOT NULL AND mailing_address_phone IS NULL;

-- IS NULL on both currency columns and their twins
SELECT transaction_id, transaction_gross_amount, transaction_gross_amount_value,
       transaction_net_amount, transaction_net_amount_value
FROM donations WHERE transaction_net_amount_value IS NULL OR transaction_gross_amount IS NULL;

-- negative currency text ("-$12.00") on refunds
SELECT transaction_id, is_refunded, refund_reason, transaction_net_amount, transaction_net_amount_value
FROM donations WHERE transaction_net_amount_value < 0;

-- thousands separators ("$1,234.50")
SELECT transaction_id, transaction_gross_amount, transaction_gross_amount_value FROM donations
WHERE transaction_gross_amount LIKE '%,%' OR transaction_gross_amount_value >= 1000;

-- BOOLEAN columns: bare, negated, IS NOT TRUE, IS NULL
SELECT transaction_id, is_refunded, is_recurring, recieved_email_campaign_updates FROM donations
WHERE (is_refunded AND NOT is_recurring) OR recieved_email_campaign_updates IS NULL
   OR (is_recurring AND recieved_email_campaign_updates IS NOT TRUE);

-- empty string is not NULL; padded text compared exactly
SELECT transaction_id, comment, CHAR_LENGTH(comment) FROM donations
WHERE comment = '' OR comment = '  padded comment  ';

-- filter on JSON text
SELECT transaction_id, custom_fields, causes FROM donations
WHERE custom_fields <> '[]' AND custom_fields LIKE '%XL%';

-- JSON null against JSON []
SELECT id, participant_custom_fields, participant_mailing_address FROM participants
WHERE participant_custom_fields IS NULL OR participant_custom_fields = '[]';

-- DECIMAL scale 4 comparisons
SELECT id, participant_units_completed, participant_units_goal FROM participants
WHERE participant_units_completed > participant_units_goal OR participant_units_completed < 5.5;

-- string ids
SELECT id, item_id, bid_amount, maximum_bid FROM auction_bids WHERE id > 'E_565' AND id LIKE 'E\_56%' ESCAPE '\';

-- ===================================================================== single-record lookups

-- [ordered] key equality uses the campaign lookup endpoint
SELECT * FROM campaigns WHERE id = 1226;

-- [empty] key equality on an id the API answers 404 for
SELECT * FROM campaigns WHERE id = 1;

-- [ordered] key equality with a DECIMAL literal of integral value
SELECT id, name FROM campaigns WHERE id = 1226.0;

-- [empty] key equality with a DECIMAL literal no BIGINT equals
SELECT id, name FROM campaigns WHERE id = 1226.5;

-- [ordered] key equality through a cast of the key
SELECT id, name FROM campaigns WHERE CAST(id AS VARCHAR) = '1143';

-- [empty] key equality through a cast with text no id can have
SELECT id, name FROM campaigns WHERE CAST(id AS VARCHAR) = 'abc';

-- [empty] contradicting key equalities
SELECT id, name FROM campaigns WHERE id = 1226 AND id = 1143;

-- key equality or another condition: no single lookup can answer it
SELECT id, name FROM campaigns WHERE id = 1226 OR campaign_status = 'Processing';

-- ===================================================================== projections, expressions

-- arithmetic on DECIMAL, INTEGER and currency twins
SELECT transaction_id, transaction_gross_amount_value - transaction_net_amount_value AS fee,
       transaction_gross_amount_value * 2, -transaction_net_amount_value,
       ABS(transaction_net_amount_value), FLOOR(transaction_net_amount_value),
       CEIL(transaction_net_amount_value), ROUND(transaction_net_amount_value, 0)
FROM donations;

-- integer division, MOD, INTEGER times DECIMAL, ROUND of a DECIMAL quotient
SELECT transaction_id, item_id, quantity / 2, MOD(quantity, 2), quantity * price, ROUND(price / 3, 2)
FROM donations_items;

-- CASE with results of different lengths, cast to VARCHAR
SELECT transaction_id,
       CASE WHEN transaction_gross_amount_value >= 1000 THEN CAST('large' AS VARCHAR(6))
            WHEN transaction_gross_amount_value >= 100 THEN CAST('medium' AS VARCHAR(6))
            WHEN transaction_gross_amount_value IS NULL THEN NULL
            ELSE CAST('small' AS VARCHAR(6)) END AS size_class
FROM donations;

-- searched CASE over booleans and NULLs, equal-length results
SELECT transaction_id,
       CASE WHEN is_refunded THEN 'R' WHEN recieved_email_campaign_updates IS NULL THEN '?'
            WHEN recieved_email_campaign_updates THEN 'Y' ELSE 'N' END
FROM donations;

-- COALESCE and NULLIF
SELECT transaction_id, COALESCE(mailing_address_city, mailing_address_country, 'unknown'),
       COALESCE(transaction_net_amount_value, net_deductible_amount, 0),
       NULLIF(payment_type, 'CreditCard'), NULLIF(comment, '')
FROM donations;

-- UPPER and LOWER on non-ASCII text
SELECT DISTINCT UPPER(donor_last_name), LOWER(donor_first_name), UPPER(mailing_address_city)
FROM donations;

-- SUBSTRING, CHAR_LENGTH, POSITION, TRIM
SELECT transaction_id, SUBSTRING(donor_email FROM 1 FOR 7), SUBSTRING(donor_last_name FROM 2),
       CHAR_LENGTH(donor_last_name), POSITION('@' IN donor_email), TRIM(comment),
       TRIM(LEADING ' ' FROM comment), CHAR_LENGTH(TRIM(comment))
FROM donations;

-- || concatenation, NULL-propagating, with casts of numbers
SELECT transaction_id, donor_first_name || ' ' || donor_last_name,
       'T' || CAST(transaction_id AS VARCHAR) || '/' || CAST(campaign_id AS VARCHAR),
       mailing_address_city || ', ' || mailing_address_state
FROM donations;

-- CAST text to INTEGER keeps the value, not the leading zeros
SELECT transaction_id, credit_card_last4, CAST(credit_card_last4 AS INTEGER) FROM donations
WHERE credit_card_last4 IS NOT NULL;

-- DISTINCT over several columns
SELECT DISTINCT campaign_type, payment_type, credit_card_type FROM donations;

-- ===================================================================== dates and times

-- [ordered] a calendar month by half-open TIMESTAMP range, rows on both boundaries
SELECT transaction_id, transaction_created_date FROM donations
WHERE transaction_created_date >= TIMESTAMP '2024-03-01 00:00:00'
  AND transaction_created_date < TIMESTAMP '2024-04-01 00:00:00'
ORDER BY transaction_created_date, transaction_id;

-- a calendar month through CAST(ts AS DATE) BETWEEN two dates
SELECT transaction_id, CAST(transaction_created_date AS DATE) FROM donations
WHERE CAST(transaction_created_date AS DATE) BETWEEN DATE '2024-03-01' AND DATE '2024-03-31';

-- inclusive BETWEEN on TIMESTAMP with boundary values
SELECT transaction_id, transaction_created_date FROM donations
WHERE transaction_created_date BETWEEN TIMESTAMP '2023-12-31 23:59:59' AND TIMESTAMP '2024-03-01 00:00:00';

-- EXTRACT year and month in a filter
SELECT transaction_id, transaction_created_date FROM donations
WHERE EXTRACT(YEAR FROM transaction_created_date) = 2024 AND EXTRACT(MONTH FROM transaction_created_date) IN (2, 3);

-- EXTRACT of every field but WEEK and DOW
SELECT transaction_id, EXTRACT(YEAR FROM transaction_created_date), EXTRACT(QUARTER FROM transaction_created_date),
       EXTRACT(MONTH FROM transaction_created_date), EXTRACT(DAY FROM transaction_created_date),
       EXTRACT(DOY FROM transaction_created_date),
       EXTRACT(HOUR FROM transaction_created_date), EXTRACT(MINUTE FROM transaction_created_date),
       EXTRACT(SECOND FROM transaction_created_date)
FROM donations;

-- interval arithmetic: day, hour, minute, and month/year with end-of-month clamping
SELECT transaction_id, transaction_created_date + INTERVAL '1' DAY, transaction_created_date - INTERVAL '2' HOUR,
       transaction_created_date + INTERVAL '90' MINUTE, transaction_created_date + INTERVAL '1' MONTH,
       transaction_created_date + INTERVAL '1' YEAR
FROM donations;

-- interval arithmetic in a predicate between two columns
SELECT transaction_id, transaction_created_date, refund_date FROM donations
WHERE refund_date > transaction_created_date + INTERVAL '10' DAY;

-- elapsed whole minutes via TIMESTAMPDIFF in seconds on second-precision timestamps
SELECT transaction_id, TIMESTAMPDIFF(SECOND, transaction_created_date, transaction_updated_date) / 60,
       TIMESTAMPDIFF(SECOND, transaction_created_date, refund_date)
FROM donations;

-- ISO dates with millis and offsets, converted to UTC: cast to DATE, EXTRACT
SELECT id, transaction_date, CAST(transaction_date AS DATE), EXTRACT(HOUR FROM transaction_date),
       transaction_date_formatted
FROM transaction_items;

-- [empty] v3 dates (millis, -07:00) agree with the v2 date of the same transaction
SELECT t.id, t.transaction_date, d.transaction_created_date
FROM transaction_items t JOIN donations d ON d.transaction_id = t.id
WHERE NOT (t.transaction_date >= d.transaction_created_date
           AND t.transaction_date < d.transaction_created_date + INTERVAL '1' SECOND);

-- a TIMESTAMP literal minus an interval, and comparisons with DATE literals
SELECT transaction_id FROM donations
WHERE transaction_created_date >= DATE '2024-02-29'
  AND transaction_created_date > TIMESTAMP '2024-03-01 00:00:00' - INTERVAL '1' SECOND
  AND transaction_created_date < DATE '2024-03-02';

-- campaigns running on a date, with a NULL end date
SELECT id, name, start_date_utc, end_date_utc FROM campaigns
WHERE start_date_utc <= TIMESTAMP '2024-06-01 00:00:00'
  AND (end_date_utc IS NULL OR end_date_utc >= TIMESTAMP '2024-06-01 00:00:00');

-- ===================================================================== aggregates

-- COUNT(*), COUNT(col) skipping NULLs, COUNT(DISTINCT)
SELECT COUNT(*), COUNT(mailing_address_city), COUNT(DISTINCT donor_id), COUNT(DISTINCT mailing_address_city),
       COUNT(transaction_net_amount_value), COUNT(DISTINCT campaign_id)
FROM donations;

-- SUM, MIN, MAX of DECIMAL, currency twins, TIMESTAMP and non-ASCII text
SELECT SUM(transaction_gross_amount_value), MIN(transaction_net_amount_value), MAX(transaction_gross_amount_value),
       SUM(net_deductible_amount), MIN(transaction_created_date), MAX(refund_date),
       MIN(donor_last_name), MAX(donor_last_name)
FROM donations;

-- AVG of DECIMAL, rounded in SQL (both engines round HALF_UP)
SELECT campaign_type, ROUND(AVG(CAST(transaction_gross_amount_value AS DECIMAL(19, 6))), 2),
       ROUND(AVG(CAST(quantity AS DECIMAL(19, 6))), 3)
FROM donations d JOIN donations_items i ON i.transaction_id = d.transaction_id
GROUP BY campaign_type;

-- NULL in aggregates: SUM and MAX of an all-NULL group are NULL, COUNT is 0
SELECT campaign_type, SUM(sale_fee), MAX(athon_amount), COUNT(sale_fee), COUNT(*),
       SUM(fees_paid_by_supporters)
FROM donations GROUP BY campaign_type;

-- [ordered] aggregates over no rows give one row
SELECT COUNT(*), SUM(transaction_gross_amount_value), MAX(transaction_created_date), COUNT(DISTINCT donor_id)
FROM donations WHERE transaction_id < 0;

-- [empty] GROUP BY over no rows gives none
SELECT campaign_type, COUNT(*) FROM donations WHERE transaction_id < 0 GROUP BY campaign_type;

-- GROUP BY two columns with HAVING on an aggregate not selected
SELECT campaign_id, payment_type, SUM(transaction_gross_amount_value) FROM donations
GROUP BY campaign_id, payment_type HAVING COUNT(*) >= 5;

-- GROUP BY year and month, HAVING on a SUM
SELECT EXTRACT(YEAR FROM transaction_created_date) AS y, EXTRACT(MONTH FROM transaction_created_date) AS m,
       COUNT(*), SUM(transaction_gross_amount_value)
FROM donations
GROUP BY EXTRACT(YEAR FROM transaction_created_date), EXTRACT(MONTH FROM transaction_created_date)
HAVING SUM(transaction_gross_amount_value) > 1000;

-- GROUP BY a BOOLEAN and a flattened column, conditional aggregates
SELECT is_refunded, mailing_address_country, COUNT(*),
       SUM(CASE WHEN is_recurring THEN 1 ELSE 0 END),
       COUNT(*) FILTER (WHERE transaction_gross_amount_value > 100)
FROM donations GROUP BY is_refunded, mailing_address_country;

-- EVERY and LISTAGG ... WITHIN GROUP
SELECT campaign_id, EVERY(is_refunded = FALSE),
       LISTAGG(CAST(transaction_id AS VARCHAR), ',') WITHIN GROUP (ORDER BY transaction_id)
FROM donations GROUP BY campaign_id;

-- child-table aggregates: SUM of INTEGER, SUM of INTEGER times DECIMAL
SELECT transaction_id, COUNT(*), SUM(quantity), SUM(quantity * price), MAX(price)
FROM donations_items GROUP BY transaction_id HAVING COUNT(*) > 1;

-- DECIMAL scale 4 sums
SELECT campaign_id, SUM(participant_units_completed), MAX(participant_units_goal),
       SUM(participant_fundraising_goal), COUNT(team_name)
FROM participants GROUP BY campaign_id;

-- a manual ROLLUP (H2 has no ROLLUP): totals per type and payment, per type, and overall
SELECT campaign_type, payment_type, COUNT(*) FROM donations GROUP BY campaign_type, payment_type
UNION ALL
SELECT campaign_type, NULL, COUNT(*) FROM donations GROUP BY campaign_type
UNION ALL
SELECT NULL, NULL, COUNT(*) FROM donations;

-- ===================================================================== ORDER BY, LIMIT, OFFSET, FETCH

-- [ordered] DESC NULLS LAST with a tie breaker, LIMIT
SELECT transaction_id, transaction_gross_amount_value FROM donations
ORDER BY transaction_gross_amount_value DESC NULLS LAST, transaction_id LIMIT 10;

-- [ordered] NULLS FIRST on a nullable text column, FETCH FIRST
SELECT transaction_id, donor_last_name FROM donations
ORDER BY donor_last_name NULLS FIRST, transaction_id FETCH FIRST 15 ROWS ONLY;

-- [ordered] OFFSET ... FETCH NEXT
SELECT transaction_id, transaction_created_date FROM donations
ORDER BY transaction_created_date, transaction_id OFFSET 5 ROWS FETCH NEXT 7 ROWS ONLY;

-- [ordered] LIMIT ... OFFSET deep into the data
SELECT transaction_id FROM donations ORDER BY transaction_id LIMIT 7 OFFSET 290;

-- [ordered] the default NULL position of DESC (NULL sorts high), with a tie breaker
SELECT mailing_address_state, transaction_id FROM donations
ORDER BY mailing_address_state DESC, transaction_id LIMIT 25;

-- [ordered] non-ASCII and apostrophe text order (UTF-16 code units in both engines)
SELECT DISTINCT donor_last_name FROM donations WHERE donor_last_name IS NOT NULL ORDER BY donor_last_name;

-- [ordered] ORDER BY an alias and by ordinal
SELECT transaction_id, transaction_gross_amount_value - transaction_net_amount_value AS fee
FROM donations WHERE transaction_net_amount_value > 0
ORDER BY fee DESC, 1 LIMIT 12;

-- [ordered] ORDER BY an expression not in the select list
SELECT transaction_id, donor_email FROM donations WHERE donor_email IS NOT NULL
ORDER BY CHAR_LENGTH(donor_email) DESC, donor_email, transaction_id FETCH FIRST 10 ROWS ONLY;

-- [ordered] ORDER BY TIMESTAMP with millis
SELECT id, transaction_date FROM transaction_items ORDER BY transaction_date DESC, id LIMIT 10;

-- ===================================================================== joins

-- donations joined to campaigns, grouped by campaign name
SELECT c.name, COUNT(*), SUM(d.transaction_gross_amount_value), MIN(d.transaction_created_date)
FROM donations d JOIN campaigns c ON d.campaign_id = c.id
GROUP BY c.name;

-- donations joined to their items
SELECT d.transaction_id, d.donor_email, i.item_id, i.name, i.quantity, i.price
FROM donations d JOIN donations_items i ON i.transaction_id = d.transaction_id
WHERE d.campaign_type IN ('Sale', 'Auction');

-- JOIN ... USING
SELECT d.transaction_id, d.campaign_type, i.item_id, i.name FROM donations d JOIN donations_items i USING (transaction_id);

-- transaction items joined to their raffle tickets
SELECT t.id, t.first_name, t.campaign_title, r.entry_start_number, r.entry_end_number, r.quantity, r.amount, r.type
FROM transaction_items t JOIN transaction_items_raffle_tickets r ON r.id = t.id;

-- LEFT JOIN keeps the campaign without donations
SELECT c.id, c.name, COUNT(d.transaction_id), SUM(d.transaction_gross_amount_value)
FROM campaigns c LEFT JOIN donations d ON d.campaign_id = c.id
GROUP BY c.id, c.name;

-- LEFT JOIN keeps orphan bids whose campaign does not exist
SELECT b.id, b.campaign_id, c.name FROM auction_bids b LEFT JOIN campaigns c ON c.id = b.campaign_id;

-- LEFT JOIN anti-join: donations without items (empty and null Items)
SELECT d.transaction_id, d.campaign_type FROM donations d
LEFT JOIN donations_items i ON i.transaction_id = d.transaction_id
WHERE i.transaction_id IS NULL;

-- RIGHT JOIN with a composite condition: teams and their participants
SELECT p.id, p.team_name, t.id, t.team_fundraising_goal FROM teams t
RIGHT JOIN participants p ON p.campaign_id = t.campaign_id AND p.team_name = t.team_name;

-- a FULL OUTER JOIN written as LEFT JOIN plus the unmatched right side (H2 has no FULL JOIN)
SELECT t.id, t.team_name, p.id FROM teams t
LEFT JOIN participants p ON p.campaign_id = t.campaign_id AND p.team_name = t.team_name
UNION ALL
SELECT NULL, NULL, p.id FROM participants p
WHERE NOT EXISTS (SELECT 1 FROM teams t WHERE t.campaign_id = p.campaign_id AND t.team_name = p.team_name);

-- self-join: pairs of donations of one donor to one campaign
SELECT a.transaction_id, b.transaction_id, a.donor_id FROM donations a
JOIN donations b ON a.donor_id = b.donor_id AND a.campaign_id = b.campaign_id
 AND a.transaction_id < b.transaction_id;

-- self-join on overlapping campaign periods
SELECT a.id, b.id FROM campaigns a JOIN campaigns b
ON a.start_date_utc < b.end_date_utc AND b.start_date_utc < a.end_date_utc AND a.id < b.id;

-- three-way join with GROUP BY
SELECT c.name, d.payment_type, COUNT(DISTINCT d.transaction_id), SUM(i.quantity), SUM(i.quantity * i.price)
FROM campaigns c JOIN donations d ON d.campaign_id = c.id
JOIN donations_items i ON i.transaction_id = d.transaction_id
GROUP BY c.name, d.payment_type;

-- join with a range condition on TIMESTAMP columns of two tables
SELECT d.transaction_id, c.name FROM donations d JOIN campaigns c
ON d.campaign_id = c.id AND d.transaction_created_date BETWEEN c.start_date_utc AND c.end_date_utc;

-- join of a v3 table with a v2 table on the transaction id, comparing names
SELECT t.id, t.first_name, d.donor_first_name, t.mailing_address_city, d.mailing_address_city
FROM transaction_items t JOIN donations d ON d.transaction_id = t.id
WHERE t.campaign_id = d.campaign_id;

-- CROSS JOIN
SELECT t.team_name, w.prize, w.winning_ticket_number FROM teams t CROSS JOIN raffle_winners w;

-- ===================================================================== subqueries

-- IN subquery
SELECT transaction_id, campaign_id FROM donations
WHERE campaign_id IN (SELECT id FROM campaigns WHERE amount_goal IS NULL);

-- NOT IN subquery: a NULL donor_id is neither in nor not in
SELECT transaction_id, donor_id FROM donations
WHERE donor_id NOT IN (SELECT winner_id FROM raffle_winners);

-- [empty] NOT IN a subquery that returns a NULL
SELECT transaction_id FROM donations WHERE transaction_id NOT IN (SELECT donor_id FROM donations);

-- [empty] NOT IN a list with NULL
SELECT transaction_id FROM donations WHERE donor_id NOT IN (3, NULL);

-- IN a list with NULL
SELECT transaction_id, donor_id FROM donations WHERE donor_id IN (3, 10, NULL);

-- correlated EXISTS
SELECT c.id, c.name FROM campaigns c
WHERE EXISTS (SELECT 1 FROM donations d WHERE d.campaign_id = c.id AND d.is_refunded);

-- correlated NOT EXISTS
SELECT c.id, c.name FROM campaigns c
WHERE NOT EXISTS (SELECT 1 FROM donations d WHERE d.campaign_id = c.id AND d.payment_type = 'Cash');

-- scalar subquery in the select list
SELECT c.id, (SELECT MAX(d.transaction_created_date) FROM donations d WHERE d.campaign_id = c.id),
       (SELECT COUNT(*) FROM donations d WHERE d.campaign_id = c.id)
FROM campaigns c;

-- scalar subquery in WHERE
SELECT transaction_id, transaction_gross_amount_value FROM donations
WHERE transaction_gross_amount_value > 10 * (SELECT MIN(transaction_gross_amount_value) FROM donations);

-- > ALL subquery
SELECT transaction_id, transaction_gross_amount_value FROM donations
WHERE transaction_gross_amount_value > ALL (SELECT bid_amount FROM auction_bids);

-- derived table with GROUP BY over a GROUP BY
SELECT campaign_type, MAX(total), COUNT(*) FROM (
  SELECT campaign_type, donor_id, SUM(transaction_gross_amount_value) AS total
  FROM donations GROUP BY campaign_type, donor_id) t
GROUP BY campaign_type;

-- WITH clause used twice
WITH per_campaign AS (
  SELECT campaign_id, SUM(transaction_gross_amount_value) AS raised FROM donations GROUP BY campaign_id)
SELECT p.campaign_id, p.raised FROM per_campaign p
WHERE p.raised >= (SELECT MAX(raised) FROM per_campaign) / 2;

-- [ordered] IN a subquery with ORDER BY and FETCH
SELECT transaction_id, transaction_gross_amount_value FROM donations
WHERE transaction_id IN (SELECT transaction_id FROM donations
                         ORDER BY transaction_gross_amount_value NULLS LAST, transaction_id FETCH FIRST 5 ROWS ONLY)
ORDER BY transaction_id;

-- winners who also donated to the campaign they won in
SELECT w.id, w.winner_id, w.prize FROM raffle_winners w
WHERE EXISTS (SELECT 1 FROM donations d WHERE d.donor_id = w.winner_id AND d.campaign_id = w.campaign_id);

-- ===================================================================== set operations

-- UNION removes duplicates across three tables
SELECT donor_email FROM donations UNION SELECT email FROM transaction_items UNION SELECT winner_email FROM raffle_winners;

-- UNION ALL keeps them
SELECT 'bid' AS kind, campaign_id FROM auction_bids UNION ALL SELECT 'win', campaign_id FROM raffle_winners;

-- EXCEPT: campaigns nobody donated to
SELECT id FROM campaigns EXCEPT SELECT campaign_id FROM donations;

-- INTERSECT: donors who also won
SELECT donor_id FROM donations INTERSECT SELECT winner_id FROM raffle_winners;

-- [ordered] UNION with ORDER BY and LIMIT over the whole
SELECT id AS campaign_id FROM campaigns UNION SELECT campaign_id FROM auction_bids ORDER BY 1 DESC LIMIT 4;

-- ===================================================================== window functions

-- ROW_NUMBER per campaign
SELECT campaign_id, transaction_id,
       ROW_NUMBER() OVER (PARTITION BY campaign_id ORDER BY transaction_created_date, transaction_id) AS rn
FROM donations;

-- running SUM per campaign
SELECT campaign_id, transaction_id,
       SUM(transaction_gross_amount_value) OVER (PARTITION BY campaign_id ORDER BY transaction_id
                                                 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
FROM donations;

-- RANK with ties and NULLS LAST, DENSE_RANK, COUNT over everything
SELECT campaign_id, transaction_id, transaction_gross_amount_value,
       RANK() OVER (PARTITION BY campaign_id ORDER BY transaction_gross_amount_value DESC NULLS LAST),
       DENSE_RANK() OVER (ORDER BY campaign_type), COUNT(*) OVER ()
FROM donations;

-- LAG and LEAD
SELECT transaction_id, LAG(transaction_id) OVER (PARTITION BY campaign_id ORDER BY transaction_id),
       LEAD(transaction_gross_amount_value, 2) OVER (PARTITION BY campaign_id ORDER BY transaction_id)
FROM donations;

-- [ordered] top two donations per campaign through a derived table
SELECT campaign_id, transaction_id, transaction_gross_amount_value FROM (
  SELECT campaign_id, transaction_id, transaction_gross_amount_value,
         ROW_NUMBER() OVER (PARTITION BY campaign_id
                            ORDER BY transaction_gross_amount_value DESC NULLS LAST, transaction_id) AS rn
  FROM donations) t
WHERE rn <= 2 ORDER BY campaign_id, rn;

-- COUNT(DISTINCT) grouped by an expression of the counted column (a wrongly declared key once dropped the de-duplication)
SELECT MOD(campaign_id, 2), COUNT(DISTINCT campaign_id) FROM teams GROUP BY MOD(campaign_id, 2);

-- ===================================================================== pushdown shapes

-- COUNT(*) under a constant condition (once a ClassCastException on Calcite's interpreter path)
SELECT COUNT(*) FROM teams WHERE CURRENT_DATE > DATE '2000-01-01';

-- COUNT(*) of a whole table: answered by TotalCount
SELECT COUNT(*) FROM donations;

-- COUNT(*) of a filtered table: the filter is re-checked, so rows are counted
SELECT COUNT(*) FROM donations WHERE campaign_id = 1226;

-- COUNT(*) of a child table: its rows are counted, not its parent's records
SELECT COUNT(*) FROM donations_items;

-- [ordered] a key IN list fans out to single-record requests
SELECT id, name FROM campaigns WHERE id IN (1, 1143, 1226) ORDER BY id;

-- [ordered] a date range becomes startDate/endDate, re-checked to the second
SELECT transaction_id FROM donations WHERE transaction_created_date >= TIMESTAMP '2020-01-01 00:00:00' AND transaction_created_date < TIMESTAMP '2030-01-01 00:00:00' ORDER BY transaction_id;

-- an open-ended date range
SELECT COUNT(*) FROM donations WHERE transaction_created_date > TIMESTAMP '2021-06-15 12:30:00';

-- [ordered] a range BETWEEN on the date, with other conditions
SELECT transaction_id, campaign_id FROM donations WHERE transaction_created_date BETWEEN TIMESTAMP '2019-01-01 00:00:00' AND TIMESTAMP '2035-12-31 23:59:59' AND campaign_id <> 0 ORDER BY transaction_id;

-- [ordered] an OR of two campaigns is not a parameter; every row is still found
SELECT transaction_id FROM donations WHERE campaign_id = 1226 OR campaign_id = 1143 ORDER BY transaction_id;

-- [empty] WHERE 1 = 0 needs no request
SELECT * FROM donations WHERE 1 = 0;
