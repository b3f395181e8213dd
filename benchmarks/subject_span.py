"""Train and evaluate a span ranker that proposes an event's subject itself (name boundaries
included), instead of choosing among the names the rules recognised (`subject_choice.py`).

Question: on text the model was not trained on, does replacing the rules' subject by the best
span of a learned ranker raise the share of emitted events that are fully right without losing
milestones met in full?

Examples: every event the extractor emits whose clause holds a gold milestone's evidence
(`_event_gold.covers`). Its candidates (`candidates`) are every substring of 2-30 characters
of the clause and the clause before it (same sentence) that crosses no clause punctuation and
does not overlap the trigger, within `WINDOW` characters of it; plus the rules' own subject
(its span when the rules' name is written there, else an unplaced candidate). Positive: the
span's text, or the article-level name the extraction gives that surface (`Mention.entity`),
is an accepted subject (`same_name`). Events with no positive candidate are skipped and counted
(the accepted subject is outside the window, or the event is right for no reason of ours).

Features (`span_features`), all general: characters and bigrams at and just outside each
boundary (digits read as 0), the head (the longest name suffix of `vocab.ORG_SUFFIXES` the span
ends with, and its type), whether a suffix follows the span (cut too short), whether it holds a
trigger word of `vocab.TRIGGERS`, a digit, a place name at its start (`vocab` place tables),
length and distance-to-trigger buckets, before/after the trigger, its relation to the rules'
span (the same, longer, shorter, crossing, apart), whether its text recurs elsewhere in the
article, whether the extraction recognised it as a name. Features seen in fewer than
`MIN_ARTICLES` training articles are dropped (no memorised names).

Model: a linear ranker, softmax over an event's candidates (the positives' share maximised),
L2-regularised, fitted with numpy (`pip install ".[bench]"`), full-batch, fixed iterations:
deterministic. Decision: the event takes the best span instead of the rules' subject only when
its score beats the rules' by a margin chosen out of fold on the training data (folds by batch;
the margin with the most events made fully right minus those made wrong).

Evaluation, fixed before the first run: leave one batch out over the batches of 001-323
(`REAL_BATCHES`): train on the others, apply to the held-out batch, score it with the real
scorer (recall in full, precision fully right), per batch and pooled, against the rules alone.
Then train on 001-323 and print figures only for 324-353 (as /work/heldout.py does).

Acceptance, written before the first run: pooled over leave-one-batch-out, precision fully
right up at least 3 points and recall in full not down; on 324-353 not worse on either.

    python benchmarks/subject_span.py             # leave one batch out, then 324-353 (figures)
"""
