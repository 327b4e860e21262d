-- Step 3 of the documents table: near-duplicates linked for review, over every range at once (a link may
-- join two ranges) but on five narrow columns only. merged: step 2's rows of every range.
-- Keys are compared by their 128-bit MD5 (md5_number), not as text: a join over two million folded
-- summaries overran the engine's memory, and two different keys sharing a 128-bit hash is not a risk.
WITH doc_keys AS (
    SELECT document_id, md5_number(title_key) AS title_key, date_start, date_edtf, summary_key,
        -- Eight-day buckets: two documents at most 7 days apart are in the same or the next bucket.
        (epoch(date_start) // 86400 // 8)::BIGINT AS week
    FROM ${merged}
),
summary_keys AS (
    SELECT md5_number(date_edtf || ' ' || summary_key) AS k, document_id FROM doc_keys
    WHERE summary_key IS NOT NULL AND date_edtf IS NOT NULL
),
-- A summary shared by more than 21 documents is boilerplate: linking it would link everything.
summary_groups AS (
    SELECT k FROM summary_keys GROUP BY k HAVING count(*) BETWEEN 2 AND 21
),
summary_links AS (
    SELECT a.document_id AS from_id, b.document_id AS to_id, 'same date and summary, different title' AS reason
    FROM summary_keys a JOIN summary_keys b ON a.k = b.k AND a.document_id <> b.document_id
    WHERE a.k IN (SELECT k FROM summary_groups)
),
dated AS (
    SELECT document_id, title_key, date_start, week FROM doc_keys WHERE date_start IS NOT NULL
),
near_pairs AS (
    SELECT a.document_id AS early, b.document_id AS late, date_diff('day', a.date_start, b.date_start) AS days
    FROM dated a JOIN dated b ON a.title_key = b.title_key AND a.week = b.week
    WHERE b.date_start > a.date_start
    UNION ALL
    SELECT a.document_id, b.document_id, date_diff('day', a.date_start, b.date_start)
    FROM dated a JOIN dated b ON a.title_key = b.title_key AND a.week + 1 = b.week
    WHERE b.date_start > a.date_start
),
title_links AS (
    SELECT early AS from_id, late AS to_id, days FROM near_pairs WHERE days <= 7
    UNION ALL
    SELECT late, early, days FROM near_pairs WHERE days <= 7
),
links AS (
    SELECT from_id, to_id, reason FROM summary_links
    UNION ALL
    SELECT from_id, to_id, 'same title, dates ' || days || CASE WHEN days = 1 THEN ' day' ELSE ' days' END || ' apart'
    FROM title_links
)
SELECT from_id AS document_id, list_sort(list({'document_id': to_id, 'reason': reason})) AS related
FROM links GROUP BY from_id
