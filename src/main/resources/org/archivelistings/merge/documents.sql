-- The documents table from the sightings: the sightings with one document id merged into one row, and
-- near-duplicates linked for review. Run by the embedded engine (DuckDB) out of core on every core.
-- ${sightings}: the final sightings; ${keys}: the staged folded title and summary of each sighting.
-- Choices are functions of the sightings, never of their order: the same input gives the same rows.
WITH s AS (
    -- Only the columns the choices need: the rest of the best sighting is joined back at the end, so the
    -- engine never holds whole sightings while it groups.
    SELECT s.record_key, s.source_file, s.page, s.ordinal, s.line, s.truncated, s.title, s.summary, s.people,
        s.page_title, s.document_id, k.title_key, k.summary_key
    FROM ${sightings} s JOIN ${keys} k USING (record_key)
),
title_seen AS (
    SELECT document_id, title, count(*) AS seen FROM s GROUP BY document_id, title
),
summary_seen AS (
    SELECT document_id, summary, count(*) AS seen FROM s WHERE summary IS NOT NULL GROUP BY document_id, summary
),
-- The best sighting: complete beats truncated, then the most often seen title, then the longest, then the
-- first in text order, then the first record key (a struct compares field by field).
best_title AS (
    SELECT s.document_id, min(s.title_key) AS title_key,
        arg_min(s.record_key, {'truncated': s.truncated, 'seen': -t.seen, 'length': -length(s.title),
            'title': s.title, 'key': s.record_key}) AS record_key
    FROM s JOIN title_seen t USING (document_id, title) GROUP BY s.document_id
),
-- The best summary, chosen the same way among the sightings that have one.
best_summary AS (
    SELECT s.document_id,
        arg_min({'summary': s.summary, 'summary_key': s.summary_key}, {'truncated': s.truncated, 'seen': -t.seen,
            'length': -length(s.summary), 'summary': s.summary, 'key': s.record_key}) AS best
    FROM s JOIN summary_seen t USING (document_id, summary) GROUP BY s.document_id
),
merged AS (
    SELECT document_id,
        bool_and(truncated) AS truncated,
        count(DISTINCT summary)::INTEGER AS summary_variants,
        list_sort(list_distinct(flatten(list(people)))) AS people,
        list_sort(list_distinct(list(page_title))) AS page_titles,
        count(*)::INTEGER AS sighting_count,
        -- record_key first: sorting the structs sorts the sources by record key
        list_sort(list({'record_key': record_key, 'source_file': source_file, 'page': page, 'ordinal': ordinal,
              'line': line, 'truncated': truncated})) AS sources
    FROM s GROUP BY document_id
),
best AS (
    SELECT bt.document_id, bt.title_key, b.date_text, b.date_start, b.date_end, b.date_precision, b.date_edtf,
        b.title, b.title_dates, b.date_conflict, bs.best.summary AS summary, bs.best.summary_key AS summary_key
    FROM best_title bt
    JOIN ${sightings} b ON b.record_key = bt.record_key
    LEFT JOIN best_summary bs ON bs.document_id = bt.document_id
),
doc_keys AS (
    SELECT document_id, title_key, date_start, date_edtf, summary_key,
        -- Eight-day buckets: two documents at most 7 days apart are in the same or the next bucket.
        (epoch(date_start) // 86400 // 8)::BIGINT AS week
    FROM best
),
summary_keys AS (
    SELECT date_edtf || ' ' || summary_key AS k, document_id FROM doc_keys
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
),
related AS (
    SELECT from_id AS document_id, list_sort(list({'document_id': to_id, 'reason': reason})) AS related
    FROM links GROUP BY from_id
)
SELECT b.document_id, b.date_text, b.date_start, b.date_end, b.date_precision, b.date_edtf, b.title,
    b.summary, m.truncated, m.summary_variants, b.title_dates, b.date_conflict, m.people, m.page_titles,
    m.sighting_count, m.sources,
    -- A very common title must not link a document to hundreds: the first 20 by id.
    coalesce(r.related[1:20], []::STRUCT(document_id VARCHAR, reason VARCHAR)[]) AS related
FROM best b
JOIN merged m USING (document_id)
LEFT JOIN related r USING (document_id)
ORDER BY b.document_id
