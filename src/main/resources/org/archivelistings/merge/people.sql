-- The people table from the mentions: one row per person id, every stripped spelling seen with its
-- count, the span of record dates. Person ids and canonical names are functions of the name and the
-- authority alone, so grouping by id needs nothing else of the run. ${mentions}: the final mentions.
WITH m AS (
    SELECT * FROM ${mentions} WHERE person_id IS NOT NULL
),
spellings AS (
    SELECT person_id, stripped, count(*) AS n FROM m GROUP BY person_id, stripped
),
variants AS (
    SELECT person_id, list_sort(list({'variant': stripped, 'count': n})) AS variants
    FROM spellings GROUP BY person_id
),
tallies AS (
    SELECT person_id, min(canonical) AS canonical, min(record_date) AS first_date, max(record_date) AS last_date,
        count(*) AS mention_count, count(DISTINCT record_key) AS record_count
    FROM m GROUP BY person_id
)
SELECT person_id, canonical, NOT starts_with(person_id, 'x_') AS in_authority, variants, first_date, last_date,
    mention_count, record_count
FROM tallies JOIN variants USING (person_id)
ORDER BY person_id
