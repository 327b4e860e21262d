-- Step 2 of the documents table, for one range of document ids: the sightings with one document id merged
-- into one row (every column but the links), with the keys step 3 links by.
-- range: step 1's sightings of this range.
-- Choices are functions of the sightings, never of their order: the same input gives the same rows.
WITH s AS (
    SELECT * FROM ${range}
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
)
SELECT bt.document_id, b.date_text, b.date_start, b.date_end, b.date_precision, b.date_edtf, b.title,
    bs.best.summary AS summary, m.truncated, m.summary_variants, b.title_dates, b.date_conflict, m.people,
    m.page_titles, m.sighting_count, m.sources, bt.title_key, bs.best.summary_key AS summary_key
FROM best_title bt
JOIN s b ON b.record_key = bt.record_key
JOIN merged m ON m.document_id = bt.document_id
LEFT JOIN best_summary bs ON bs.document_id = bt.document_id
ORDER BY bt.document_id
