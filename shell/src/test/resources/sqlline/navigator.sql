!tables
!columns donations
!primarykeys donations
!importedkeys donations
!exportedkeys campaigns
SELECT campaign_type, COUNT(*) AS n FROM donations GROUP BY campaign_type ORDER BY n DESC;
SELECT c.name AS campaign, COUNT(*) AS donations, SUM(d.transaction_gross_amount_value) AS raised
FROM donations d JOIN campaigns c ON c.id = d.campaign_id
GROUP BY c.name
ORDER BY raised DESC
LIMIT 5;
