-- Step 1 of the documents table: each sighting with the columns the merge needs and its folded keys, and
-- the key range (bucket) of its document id. Written partitioned by bucket, so each range is then merged
-- on its own and the engine never holds more than one range's groups (memory stays flat as input grows).
-- sightings: the final sightings; keys: their staged folded title and summary; buckets: how many
-- ranges. Document ids are "d" and 16 hex digits (DocumentKey), so the first two digits order the ranges
-- as the ids sort: range 0 holds the smallest ids.
SELECT s.document_id, s.record_key, s.source_file, s.page, s.ordinal, s.line, s.truncated, s.title, s.summary,
    s.people, s.page_title, s.date_text, s.date_start, s.date_end, s.date_precision, s.date_edtf, s.title_dates,
    s.date_conflict, k.title_key, k.summary_key,
    CASE WHEN k.record_key IS DISTINCT FROM s.record_key
        THEN error('the staged sighting keys are out of step with the sightings at ' || coalesce(s.record_key, k.record_key))
        ELSE (CAST('0x' || substr(s.document_id, 2, 2) AS INTEGER) * ${buckets}) // 256 END AS bucket
-- Row by row, not a hash join: the keys are staged beside the sightings, one row each in the same parts
-- and the same order, and a hash table of two million folded summaries overran the engine's memory.
-- The check above fails the run rather than mix up keys if that ever stops being so.
FROM ${sightings} s POSITIONAL JOIN ${keys} k
