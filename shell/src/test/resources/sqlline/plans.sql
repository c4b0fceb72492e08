EXPLAIN PLAN FOR SELECT c.name, COUNT(*) AS donations FROM donations d JOIN campaigns c ON c.id = d.campaign_id GROUP BY c.name;
EXPLAIN PLAN FOR SELECT transaction_id, donor_email FROM donations WHERE campaign_id = 2;
SELECT COUNT(*) AS campaigns FROM campaigns;
