"""Text analysis: which terms a text yields."""

from __future__ import annotations

import pytest

from tailor.analysis import EVERYDAY, analyse, locate, shared_skills, word_of
from tailor.analysis.hyphens import written_out
from tailor.analysis.skills import skill_index
from tailor.analysis.tokens import nlp
from tailor.lexicon import Lexicon, bundled_lexicon


def terms(text: str) -> list[str]:
    return analyse([text], bundled_lexicon())[0].terms


def skills(text: str) -> list[str]:
    return analyse([text], bundled_lexicon())[0].skills


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Strong C++ skills.", "c++"),
        ("Experience in C# and F#.", "c#"),
        ("Services on .NET", ".net"),
        ("CUDA kernels", "cuda"),
        ("PyTorch, JAX", "pytorch"),
        ("MPI and OpenMP", "mpi"),
        ("deploy on k8s", "kubernetes"),  # whole, then the alias meets its canonical name
        ("Own our CI/CD.", "ci/cd"),
        ("Node.js backends", "node.js"),
        ("C/C++/CUDA", "c"),  # the language C, in a list of languages
        ("(C++/CUDA)", "cuda"),
    ],
)
def test_technical_tokens_survive_whole(text: str, term: str) -> None:
    assert term in terms(text)


def test_technical_tokens_are_not_mangled_into_fragments() -> None:
    got = terms("C++, C#, .NET, CI/CD and Node.js")
    assert {"c++", "c#", ".net", "ci/cd", "node.js"} <= set(got)
    assert not {"net", "cd", "node", "js", "#"} & set(got)


def test_a_lone_letter_hyphened_to_a_word_is_part_of_it() -> None:
    assert analyse(["X-rays of T-cells", "track the X - ray"])[0].terms[:2] == ["x-ray", "t-cell"]
    assert "ray" in analyse(["track the X - ray"])[0].terms  # spaced apart, the letter is no part of the word


def test_words_are_lowercased_and_lemmatised_and_stop_words_dropped() -> None:
    assert analyse(["Managed the Linux servers"])[0].terms == ["manage", "linux", "server", "linux server"]


def test_including_leads_examples_in_and_is_no_term_nor_half_a_phrase() -> None:
    # "including" says only that examples follow: a posting's "tasks including filing" and a CV's "duties,
    # including filing" share the example, not a phrase "including filing".
    assert analyse(["Ran office tasks including filing"])[0].terms == [
        "run",
        "office",
        "task",
        "file",
        "run office",
        "office task",
    ]


def test_an_acronyms_plural_meets_the_acronym_as_a_words_plural_meets_the_word() -> None:
    assert analyse(["Trained nurses in two ICUs; RNs wrote APIs."])[0].terms[:6] == [
        "train",
        "nurse",
        "icu",
        "rn",
        "write",
        "api",
    ]
    assert "api" in analyse(["APIs"])[0].terms
    assert "skill" in analyse(["SKILLS"])[0].terms  # a word in capitals is no acronym's plural


def test_a_short_abbreviation_ending_in_s_is_no_plural_of_another_abbreviation() -> None:
    lexicon = bundled_lexicon()
    said = analyse(["Certified MLS for the blood bank, 40 hrs a week; an enhanced DBS check; AWS and CMS"], lexicon)[0]
    assert {"mls", "aws", "cms"} <= set(said.terms)  # "40 hrs a week" is a number's unit: no term at all
    assert "DBS check" in said.skills
    assert not {"ml", "hr", "db", "aw", "cm"} & set(said.terms)
    assert "machine learning" not in said.skills and "human resources" not in said.skills
    assert analyse(["A BS in CS or related field"], lexicon)[0].skills == []  # computer science, not the C language
    assert "a-build" not in terms("Submit as-built drawings")  # "as" is no plural of "a"
    assert {"ad", "start"} <= set(analyse(["Ran ads for start-ups"])[0].terms)  # the plurals that are plurals


def test_a_plural_newer_than_the_lemma_table_meets_its_singular() -> None:
    # The lookup table predates these words: "webinars" and "webinar" were two terms, and a CV's "ran a webinar
    # series" left a posting's "webinars" absent.
    said = analyse(["Hosted webinars, livestreams and meetups for startups; fixed hotfixes in codebases"])[0].terms
    assert {"webinar", "livestream", "meetup", "startup", "hotfix", "codebase"} <= set(said)
    assert "webinars" in skills("Ran a monthly webinar series.")
    # Not a plural: a name ending in -as or -os, a field in -ics, and the nurse's vitals are not "a vital role".
    assert {"canvas", "texas", "analytics"} <= set(analyse(["Canvas LMS in Texas; analytics"])[0].terms)
    assert skills("You will play a vital role in our team.") == []
    assert skills("Recorded vitals every four hours.") == ["vital signs"]
    # Nor a word in -ies the table lacks, nor diabetes: no "serie", "specie" or "diabete" is a word.
    words = set(analyse(["Time series of species counts; diabetes education"])[0].terms)
    assert {"series", "species", "diabetes"} <= words and not {"serie", "specie", "diabete"} & words


def test_a_verbs_past_newer_than_the_lemma_table_meets_the_verb_and_its_work() -> None:
    # The lookup table predates "onboard" as a verb: a posting's "Onboard new hires" never met a CV's "Onboarded new
    # hires", as "trained" meets "train".
    said = set(analyse(["Onboarded new hires; livestreamed town halls"])[0].terms)
    assert {"onboard", "livestream", "onboard new"} <= said and not {"onboarded", "livestreamed"} & said
    assert "onboard new" in analyse(["Onboard new hires"])[0].terms
    # A name in -ed, and a form English already knows, keep their own: "Ahmed", "reposted".
    assert {"ahmed", "reposted"} <= set(analyse(["Ahmed reposted the jobs"])[0].terms)


def test_knowledge_bases_are_the_plural_of_a_knowledge_base_though_the_table_reads_bases_as_a_basis() -> None:
    # The table reads "bases" as the plural of "basis", rightly for a nuclear plant's "safety bases": a posting's
    # "knowledge bases" never met a CV's knowledge base.
    lexicon = bundled_lexicon()
    said = analyse(["Deep knowledge of ticketing, SLAs and knowledge bases"], lexicon)[0]
    assert "knowledge base" in said.skills and said.said["knowledge base"] == "knowledge bases"


def test_a_prefix_closed_up_on_a_word_the_table_inflects_is_lemmatised_as_that_word_is() -> None:
    # "pretesting", "prescreened" and "reshelving" are in no word list: each stood as a term of its own, and a CV's
    # "pretested patients" met no posting's "pretest" or "pretesting".
    said = set(analyse(["Pretesting and pretested patients; prescreened callers; reshelving stock"])[0].terms)
    assert {"pretest", "prescreen", "reshelve"} <= said
    assert not {"pretesting", "pretested", "prescreened", "reshelving"} & said
    # A word English knows keeps its own lemma, however it opens: "present" is no "pre" + "sent".
    assert {"present", "reposted"} <= set(analyse(["Present findings; reposted jobs"])[0].terms)


def test_a_clinical_field_and_its_adjective_are_one_term_as_geriatrics_and_geriatric_are() -> None:
    # "Pediatric ICU nurse" is evidence of pediatrics, as "geriatric patients" already was of geriatrics.
    assert "pediatrics" in skills("Staff nurse on a pediatric ICU, then paediatric wards.")
    assert "pediatrics" in skills("Three years of pediatrics experience.")
    assert "geriatrics" in skills("Cared for geriatric patients.")
    fields, adjectives = analyse(["orthopedics; bariatrics", "Orthopedic and bariatric surgery"])
    assert {"orthopedic", "bariatric"} <= set(fields.terms) & set(adjectives.terms)


def test_bigrams_join_only_adjacent_words() -> None:
    got = analyse(["design and configuration of Linux servers"])[0].terms
    assert "linux server" in got
    assert "design configuration" not in got


def test_numbers_punctuation_and_abbreviations_are_not_terms() -> None:
    assert terms("e.g. 2019, 42 -- !!") == []


def test_prepositions_spacy_keeps_are_no_terms_as_the_stop_words_along_and_beside_are_none() -> None:
    assert analyse(["Counseled patients alongside the renal team, despite delays"])[0].terms == [
        "counsel",
        "patient",
        "renal",
        "team",
        "delay",
        "counsel patient",
        "renal team",
    ]
    assert terms("Alongside nurses, amid change") == ["nurse", "change"]


def test_a_jobs_grade_is_no_term_but_a_phase_or_class_keeps_its_numeral() -> None:
    assert analyse(["Clinical Trials Coordinator II"])[0].terms == [
        "clinical",
        "trial",
        "coordinator",
        "clinical trial",
        "trial coordinator",
    ]
    assert "iii" not in analyse(["Senior Analyst III, Payroll"])[0].terms
    assert not {"ii", "iii"} & set(analyse(["Scientist I/II or Engineer II-III"])[0].terms)
    kept = set(analyse(["Ran Phase II studies of Class III devices"])[0].terms)
    assert {"phase ii", "class iii"} <= kept  # the numeral in its phrase, none alone (any level's "II" would meet it)
    assert not {"ii", "iii"} & kept
    assert "iv therapy" in analyse(["Staff Nurse IV: IV therapy"])[0].terms


# --- the skills lexicon ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Deploy on k8s.", "Deployed services on Kubernetes."),
        ("ML engineer", "machine learning models"),
        ("Experience with Torch", "Models in PyTorch"),
        ("C plus plus", "C++"),
        ("Graph neural nets", "GNNs"),
        ("Gave talks on GPU optimization.", "Deliver persuasive presentations."),
        ("Excellent written and verbal communication.", "Strong communication skills."),
        ("Statistical modelling of churn.", "Build statistical models."),
        ("Precept new graduate nurses.", "Develop and support unit preceptors."),  # a résumé's present tense
        ("Led a team of nine line cooks.", "Experience leading teams of 20+."),  # a team led, in any tense
        ("Follow SOPs for every batch.", "Wrote standard operating procedures for the cold room."),
    ],
)
def test_an_alias_meets_its_canonical_form(a: str, b: str) -> None:
    assert set(skills(a)) & set(skills(b)), (skills(a), skills(b))


def test_multi_word_skills_count_as_one_term_and_plurals_meet() -> None:
    assert "machine learning" in terms("Machine learning at scale")
    assert skills("neural networks") == skills("a neural network")


def test_names_that_open_with_the_same_words_are_each_found_the_longest_where_they_overlap() -> None:
    """A word that opens many names ("data") is tried at the lengths of those its next word goes on with: each name
    is found where the text says it, the longest where two overlap."""
    names = ("data", "data quality", "data quality management", "data science", "data science platform", "sql")
    lexicon = Lexicon(names={name: name for name in names})
    (found,) = analyse(["Data quality management, data science and SQL; then data quality, and data."], lexicon)
    assert found.skills == ["data quality management", "data science", "sql", "data quality", "data"]
    assert [length for length, _ in skill_index(lexicon).by_pair["data", "quality"]] == [3, 2]


def test_inside_a_multi_word_skill_only_its_head_is_a_word_of_its_own() -> None:
    found = terms("Distributed object storage for recommendation systems.")
    assert {"object storage", "storage", "recommender systems", "system", "distribute"} <= set(found)
    assert "object" not in found and "recommendation" not in found
    assert "object" in terms("Classified objects in images.")


def test_a_skill_said_in_other_words_keeps_the_word_its_name_ends_with() -> None:
    # "inventory counts" names physical inventory: its "inventory" is the skill's head as the name gives it, so a
    # posting's "inventory software" meets it, as "object storage" meets "storage".
    found = terms("Cut food cost through weekly inventory counts.")
    assert {"physical inventory", "inventory", "count"} <= set(found)
    # A word the name does not end with stays the skill's modifier.
    assert "object" not in terms("Ran object storage for backups.")


def test_the_head_of_a_concepts_name_is_read_as_the_word_alone_is() -> None:
    # "audits" alone is auditing; the "audit" that ends "night audit" is the same word, and meets it.
    assert "auditing" in terms("Complete audits of the cash drawers.")
    assert {"night audit", "auditing"} <= set(terms("Ran the night audit for a 90-room inn."))
    assert {"sales forecasting", "forecasting"} <= set(terms("Owned sales forecasting for the region."))
    # A product's last word is its name, no concept: Power BI says no business intelligence, Amazon EMR no EHR.
    assert "business intelligence" not in terms("Built Power BI dashboards.")
    assert "ehr" not in terms("Ran Amazon EMR jobs.")
    # Nor a concept named in other words (a presentation alone is public speaking; a clinical one is no speech), nor
    # a soft skill (employee communications are a field of work).
    assert "public speaking" not in terms("Recognised the clinical presentation of sepsis.")
    assert "communication skills" not in terms("Drafted employee communications.")


def test_a_skill_that_names_an_activity_keeps_the_words_of_what_it_works_on() -> None:
    # "budget management" is managing budgets: a bullet that says "budget" meets it, as "object storage" does not
    # make every object a storage.
    found = terms("Budget management and curriculum development.")
    assert {"budget management", "management", "budget", "curriculum development", "curriculum"} <= set(found)
    # Monitoring, screening and reporting are work on what they name too: transaction monitoring watches
    # transactions, sanctions screening screens against sanctions, suspicious activity reports report that activity.
    found = terms("Transaction monitoring, sanctions screening and suspicious activity reports.")
    assert {"transaction monitoring", "transaction", "sanctions screening", "sanction"} <= set(found)
    assert {"suspicious activity reports", "suspicious", "activity", "report"} <= set(found)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Kubernetesの運用経験", "kubernetes"),  # Japanese: a name in Latin letters runs into the words after it
        ("熟悉Kubernetes和Docker", "kubernetes"),  # Chinese: and into the words before it
        ("クラウド基盤（Kubernetes）の構築", "kubernetes"),  # in full-width brackets
        ("쿠버네티스Kubernetes 경험", "kubernetes"),  # Korean
    ],
)
def test_a_name_written_in_latin_letters_among_chinese_japanese_or_korean_words_is_a_term_of_its_own(
    text: str, term: str
) -> None:
    assert term in analyse([text], bundled_lexicon())[0].terms


def test_names_joined_by_plus_are_both_found() -> None:
    assert {"MPI", "OpenMP"} <= set(skills("Hybrid MPI+OpenMP codes"))


def test_cpp_is_not_eaten_by_c() -> None:
    found = skills("Strong C++ skills")
    assert "C++" in found and "C" not in found


def test_c_in_a_list_of_languages_is_the_language() -> None:
    assert {"C", "C++"} <= set(skills("Fluent in C/C++ and CUDA."))
    assert "C" in skills("Ten years of programming in C.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Built dimensional (Kimball) marts for finance.", "Kimball methodology"),
        ("Charted visits in our records system (Epic) for 40 clinicians.", "Epic"),
        ("Kept the team chat (Slack) organised for 40 staff.", "Slack"),
        ("Rebuilt the tutoring site's login page (Angular) with the vendor.", "Angular"),
    ],
)
def test_an_ambiguous_name_alone_in_brackets_after_a_word_is_the_name_it_glosses_the_words_with(
    text: str, name: str
) -> None:
    # A name set in brackets after words says which method, tool or product they speak of.
    assert name in skills(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Refinanced an adjustable-rate mortgage (ARM) for first-time buyers.", "ARM"),  # its initials
        ("Studied in Florence (Spring) and Madrid (Fall).", "Spring"),  # a term of a school year
    ],
)
def test_a_bracketed_name_that_spells_initials_or_a_season_glosses_no_tool(text: str, name: str) -> None:
    assert name not in skills(text)


def test_a_grade_c_is_not_the_language() -> None:
    assert "C" not in skills("BSc in Physics, grade: C.")
    assert "c" not in terms("Grade C")


def test_go_the_language_is_not_go_the_verb() -> None:
    assert "Go" not in skills("Things are going well; it went fine.")
    assert "Go" in skills("Strong programming skills in Python, Go and Rust.")
    assert "Go" in skills("Services written in Go.")
    assert "Go" not in skills("We go to conferences twice a year.")
    assert "Go" not in skills("Go to our careers page to apply.")


def test_r_is_a_language_only_in_context() -> None:
    assert "R" in skills("Statistics in R and Python.")
    assert "R" not in skills("Section R of the handbook")


def test_locate_finds_keywords_in_the_original_text_longest_first() -> None:
    from tailor.analysis import locate

    text = "We need Machine Learning on k8s. Learning matters."
    spans = locate(text, {"machine learning", "kubernetes", "learn"}, bundled_lexicon())
    assert [(text[a:b], term) for a, b, term in spans] == [
        ("Machine Learning", "machine learning"),
        ("k8s", "kubernetes"),
        ("Learning", "learn"),
    ]


def test_names_of_plain_words_get_the_lemmas_the_tokenizer_would_give() -> None:
    from tailor.analysis.skills import lemma_sequences
    from tailor.analysis.tokens import tokenised

    surfaces = [*sorted(bundled_lexicon().names), "cannot fail", "gonna scale"]  # special cases: the long way
    # A joining hyphen is not part of a name's pattern: "high-performance" reads as "high performance".
    by_tokenizer = {
        s: tuple(lemma for i, lemma in enumerate(lemmas) if i not in joins)
        for s, (_, lemmas, _, joins) in zip(surfaces, tokenised(surfaces), strict=True)
    }
    assert dict(lemma_sequences(surfaces)) == by_tokenizer


def test_words_joined_by_a_hyphen_read_as_the_phrase() -> None:
    found = analyse(["Added data-quality checks."], bundled_lexicon())[0]
    assert "data quality" in found.terms and found.skills == ["data quality"]
    assert found.said == {"data quality": "data-quality"}
    assert "well" not in terms("well - known")  # a dash with spaces separates


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013"], ids=["hyphen", "no-break", "figure", "en"])
def test_a_hyphen_as_word_processors_write_it_is_a_hyphen(dash: str) -> None:
    # Pasted from a web page or a Word file: "data‑quality" with a non-breaking hyphen, "K–12" with an en dash.
    found = analyse([f"Added data{dash}quality checks for K{dash}12 teachers."], bundled_lexicon())[0]
    assert "data quality" in found.terms and "k-12 teacher" in found.terms
    assert found.said == {"data quality": f"data{dash}quality"}  # shown as written


def test_a_name_with_a_typographic_apostrophe_is_the_skill_its_keyboard_spelling_names() -> None:
    # Word and web pages type "Master’s" with U+2019; the lexicon, as a keyboard does, with "'".
    found = analyse(["Holds a Master\u2019s in Social Work."], bundled_lexicon())[0]
    assert found.skills == ["MSW"]
    assert found.said == {"MSW": "Master\u2019s in Social Work"}  # shown as written


def test_a_skill_is_reported_in_the_words_the_text_names_it_with() -> None:
    found = analyse(["Experience with K8s and monitoring and alerting."], bundled_lexicon())[0]
    assert found.said["Kubernetes"] == "K8s"
    assert found.said["observability"] == "monitoring and alerting"


def test_a_dash_after_a_skill_is_the_sentences_not_part_of_the_words_it_is_reported_in() -> None:
    found = analyse(["Negotiate with your core buying persona- Controllers, VPs of Finance."], bundled_lexicon())[0]
    assert found.said["personas"] == "persona"


def test_words_close_together_are_listed_as_pairs_when_asked() -> None:
    (found,) = analyse(["Built pipelines for data teams of our biggest retail clients."], near=True)
    assert ("data", "pipeline") in found.near and ("build", "client") not in found.near
    assert analyse(["Built pipelines for data teams."])[0].near == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Broke a no-bid contract story, leading to the utility director's resignation.",
        "Audited night-shift handoffs, which led to a 30% drop in nurse call delays.",
        "Found a wiring fault that leads to crew callbacks.",
    ],
)
def test_lead_before_to_says_a_cause_and_stands_close_to_no_word(text: str) -> None:
    # "Leading to", "led to": what a thing caused, not people led. Read as leading them, a reporter's scoop was
    # a coaching posting's team leadership.
    (found,) = analyse([text], near=True)
    assert not any("lead" in pair for pair in found.near)
    # Leading people stays a pair: "Led a team of 5 to a regional title" leads the team.
    (led,) = analyse(["Led 5 reporters to a regional title."], near=True)
    assert ("lead", "reporter") in led.near


@pytest.mark.parametrize(
    "text",
    [
        "Data Scientist | ML Engineer",
        "Data Scientist · ML Engineer",
        "Cleaned the data; hired an engineer",
        # A career changer's headline, from the job held to the one sought, and a flow's steps: each its own.
        "Data Analyst → ML Engineer",
        "Data Analyst ⟶ ML Engineer",
        "Moved data ⇒ engineering marts",
        "Data Analyst ➔ ML Engineer",
    ],
)
def test_words_a_mark_between_items_or_clauses_sets_apart_are_no_close_pair(text: str) -> None:
    (found,) = analyse([text], near=True)
    assert ("data", "engineer") not in found.near


def test_a_word_that_ends_an_item_of_a_list_is_no_close_pair_with_a_word_of_a_later_item() -> None:
    # "products, services, customers" names three things: no customer service among them.
    (found,) = analyse(["Re-rated products, services, customers and regions."], near=True)
    assert ("customer", "service") not in found.near
    assert ("product", "rate") in found.near and ("rate", "service") in found.near  # the verb's objects stay its own
    # A verb so set shares the object after it; and the same words in one item are a pair.
    assert ("engineer", "manage") in analyse(["Managed, coached and hired engineers."], near=True)[0].near
    assert ("customer", "service") in analyse(["Ran services for customers, daily."], near=True)[0].near


@pytest.mark.parametrize(
    ("text", "apart", "kept"),
    [
        # A thing in -ing that a word before it names ends its item as any noun does.
        (
            "Trained paralegals on Relativity coding, review protocols and filing rules.",
            ("code", "review"),
            ("relativity", "review"),
        ),
        ("Managed payroll processing, benefits and onboarding.", ("benefit", "process"), ("benefit", "payroll")),
        ("Oversaw menu planning, costing and ordering.", ("cost", "plan"), ("cost", "menu")),
        # Work in -ing with no such word before it still shares the object after the list.
        ("Led planning, organizing and running events.", None, ("event", "plan")),
        ("Responsible for recruiting, hiring and training staff.", None, ("recruit", "staff")),
    ],
)
def test_a_thing_named_in_ing_ends_an_item_of_a_list_and_work_in_ing_shares_its_object(
    text: str, apart: tuple[str, str] | None, kept: tuple[str, str]
) -> None:
    (found,) = analyse([text], near=True)
    assert apart is None or apart not in found.near
    assert kept in found.near


def test_a_quantitys_unit_and_words_joined_by_a_hyphen_hold_a_verb_no_further_from_its_object() -> None:
    # "14 months of" measures the data, and "smart-pump" is one word: the verb's object is the data.
    (found,) = analyse(["Analyzed 14 months of infusion-pump (Alaris) alert data in Excel."], near=True)
    assert ("analyze", "data") in found.near
    # Words that are none of these still hold them apart.
    (apart,) = analyse(["Analyzed monthly reports about the infusion pump alert data."], near=True)
    assert ("analyze", "data") not in apart.near


def test_a_verb_joined_to_the_word_before_it_names_whose_deed_it_is_and_is_no_close_pair() -> None:
    # A "nurse-managed clinic" is managed by nurses: the project that studied it says no project management.
    (found,) = analyse(["Capstone project: studied a nurse-managed diabetes clinic."], near=True)
    assert ("manage", "project") not in found.near
    # A prefix leaves the deed its owner's: "co-managed" a project is managing one.
    assert ("manage", "project") in analyse(["Co-managed the clinic's move project."], near=True)[0].near


def test_a_word_before_an_and_that_opens_a_noun_phrase_of_its_own_is_no_close_pair_with_a_word_after_it() -> None:
    # "the customer and the service desk" names two things; "customer and service desk" may share its head.
    (found,) = analyse(["Briefed the customer and the service desk; fixed a court or a venue issue."], near=True)
    assert ("customer", "service") not in found.near and ("court", "venue") not in found.near
    assert ("brief", "customer") in found.near and ("desk", "service") in found.near
    assert ("customer", "service") in analyse(["Briefed customer and service leads."], near=True)[0].near


def test_words_of_two_multi_word_skills_are_no_close_pair() -> None:
    # Each word is bound to its own skill: acceptance testing of a warehouse management app is no test management.
    (found,) = analyse(["Ran user acceptance testing for the warehouse management app."], bundled_lexicon(), near=True)
    assert ("management", "test") not in found.near
    assert ("management", "test") in analyse(["Set up the management of test runs."], near=True)[0].near


def test_a_word_that_modifies_a_longer_skill_is_no_close_pair_with_a_word_after_it() -> None:
    # "customer" modifies the skill "journey maps" right after it, which ends the phrase: "with the service team"
    # after it says no customer service, as "patient journey maps for the safety board" says no patient safety.
    lexicon = bundled_lexicon()
    (found,) = analyse(["Created customer journey maps with the service team."], lexicon, near=True)
    assert ("customer", "service") not in found.near
    (found,) = analyse(["Drew patient journey maps for the safety board."], lexicon, near=True)
    assert ("patient", "safety") not in found.near
    # The skill's last word still stands close to the words after it, and a word before it to its first.
    (found,) = analyse(["Delivered diabetes self-management education to patients."], lexicon, near=True)
    assert ("education", "patient") in found.near
    (found,) = analyse(["Handled customer calls for the service desk."], lexicon, near=True)
    assert ("customer", "service") in found.near


def test_a_skill_of_several_words_stands_between_two_others_as_one_word() -> None:
    # "Analysed", then two assays of three tokens each, then "data": five words apart as written, three as read.
    (found,) = analyse(["Analysed RNA-seq and ChIP-seq data"], bundled_lexicon(), near=True)
    assert ("analyze", "data") in found.near
    # Words that are no skill still hold the two apart.
    (found,) = analyse(["Analysed the mouse and the zebra fish data"], bundled_lexicon(), near=True)
    assert ("analyze", "data") not in found.near


def test_an_acronym_among_its_makers_other_products_is_the_makers_product() -> None:
    aws, clinic = analyse(
        ["Experience with AWS or similar (S3, Redshift, RDS, EMR)", "Charted in the EMR."], bundled_lexicon()
    )
    assert "Amazon EMR" in aws.skills and "EHR" not in aws.skills
    assert clinic.skills == ["EHR"]


@pytest.mark.parametrize(
    "line",
    [
        "Proficiency with a comparable CRM such as Salesforce NPSP.",
        "Experience with a CRM (e.g., Salesforce Sales Cloud)",
    ],
)
def test_a_kind_beside_its_makers_products_is_the_kind_where_the_maker_with_it_names_only_the_maker(line: str) -> None:
    # "Salesforce CRM" is another name of Salesforce itself: "a CRM such as Salesforce NPSP" asks for a CRM, which a
    # CV's Raiser's Edge or HubSpot meets, not for Salesforce.
    (found,) = analyse([line], bundled_lexicon())
    assert "CRM" in found.skills and "Salesforce" not in found.skills


def test_an_acronym_lines_away_from_its_makers_product_is_its_own_skill() -> None:
    (found,) = analyse(
        ["- Experience with Azure DevOps pipelines.\n- Proficient in PowerShell.\n- Experience in SQL programming"],
        bundled_lexicon(),
    )
    assert "SQL" in found.skills and "Azure SQL Database" not in found.skills
    (listed,) = analyse(["We run Amazon Redshift and EMR clusters"], bundled_lexicon())
    assert "Amazon EMR" in listed.skills


def test_web_and_mail_addresses_are_no_terms() -> None:
    text = "Apply](https://jobs.example.com/apply/staff-release-engineer-122893) or write to jobs@acme-data.io"
    assert terms(text) == ["apply", "write"]


def test_a_skill_after_an_address_is_reported_in_its_own_words() -> None:
    found = analyse(["See www.acme.com/jobs/kubernetes-lead: we run K8s."], bundled_lexicon())[0]
    assert found.skills == ["Kubernetes"]
    assert found.said == {"Kubernetes": "K8s"}


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("optimisation of models", "optimization of models"),
        ("analysed patient behaviour", "analyzed patient behavior"),
        ("paediatric and orthopaedic wards", "pediatric and orthopedic wards"),
        ("a training programme in colour theory", "a training program in color theory"),
        ("organised and catalogued the archive", "organized and cataloged the archive"),
        ("labelled data for the modelling centre", "labeled data for the modeling center"),
    ],
)
def test_british_and_american_spellings_are_the_same_terms(british: str, american: str) -> None:
    lexicon = bundled_lexicon()
    assert analyse([british], lexicon)[0].terms == analyse([american], lexicon)[0].terms


@pytest.mark.parametrize(
    ("clipped", "whole"),
    [
        ("Lab operations for a team of nine", "laboratory operations for a team of nine"),
        ("Managed two research labs", "managed two research laboratories"),
        ("a middle school math curriculum", "a middle school mathematics curriculum"),
        ("GCSE maths lessons", "GCSE mathematics lessons"),
        ("Answered phones at the front desk", "answered telephones at the front desk"),
        ("Sold to pharma and biotech clients", "sold to pharmaceutical and biotechnology clients"),
        ("Wrote specs and ran demos", "wrote specifications and ran demonstrations"),
        ("Kept configs in two repos", "kept configurations in two repositories"),
        ("Risk mgmt for the finance dept", "risk management for the finance department"),
        ("Audits for govt agencies", "audits for government agencies"),
    ],
)
def test_a_clipped_word_is_the_word_it_shortens(clipped: str, whole: str) -> None:
    """Postings and CVs alike shorten laboratory to "lab", mathematics to "math": one term each, as "ops" is."""
    lexicon = bundled_lexicon()
    assert analyse([clipped], lexicon)[0].terms == analyse([whole], lexicon)[0].terms


@pytest.mark.parametrize(
    ("hyphened", "closed"),
    [
        ("On-boarding new employees", "onboarding new employees"),
        ("On-line training", "online training"),
        ("On-going support for managers", "ongoing support for managers"),
    ],
)
def test_on_hyphened_to_a_word_english_writes_closed_up_is_that_word(hyphened: str, closed: str) -> None:
    """A posting's "on-boarding" asks for a CV's "Onboarding", not for anything on board."""
    lexicon = bundled_lexicon()
    assert analyse([hyphened], lexicon)[0].terms == analyse([closed], lexicon)[0].terms
    assert "onboarding" in analyse(["Led the on-boarding of new hires"], lexicon)[0].terms


def test_on_hyphened_to_a_word_it_makes_no_word_with_stays_apart() -> None:
    # "Onsite" and "oncall" are no words the frequency list knows: "on-site" and "on-call" keep their own readings.
    assert "onsite" not in analyse(["Provide on-site support"])[0].terms
    assert "oncall" not in analyse(["Join the on-call rotation"])[0].terms


def test_recruitment_is_the_same_term_as_recruiting() -> None:
    """A posting's "recruitment and selection" asks for what a skills list's "Recruiting" and a bullet's "recruited
    40 drivers" did: one term, as the verb's every form is."""
    lexicon = bundled_lexicon()
    term = analyse(["Recruiting"], lexicon)[0].terms
    assert analyse(["Recruitment"], lexicon)[0].terms == term == analyse(["recruited"], lexicon)[0].terms
    plural = analyse(["Led campus recruitments"], lexicon)[0].terms
    assert plural == analyse(["Led campus recruiting"], lexicon)[0].terms


@pytest.mark.parametrize(
    ("word", "other"), [("tyre", "tire"), ("disc", "disk"), ("draught", "draft"), ("metre", "meter")]
)
def test_a_british_word_whose_american_form_is_another_word_keeps_its_own_term(word: str, other: str) -> None:
    assert analyse([word])[0].terms != analyse([other])[0].terms


@pytest.mark.parametrize(
    ("open_form", "closed_form"),
    [("health care", "healthcare"), ("data sets", "datasets"), ("web site", "website"), ("co founder", "cofounder")],
)
def test_two_words_that_english_also_writes_as_one_are_that_one_term(open_form: str, closed_form: str) -> None:
    assert set(analyse([closed_form])[0].terms) <= set(analyse([open_form])[0].terms)


def test_two_capitalised_words_of_a_name_close_up_only_to_a_word_english_often_writes() -> None:
    # "Play Billing" (a store's payments library) is no playbill, a word only the lemma table knows; in small
    # letters the two words are still that word, and a capitalised pair closes up to a common one.
    text = "Ship in-app purchases through Play Billing."
    assert "play bill" in terms(text) and "playbill" not in terms(text)
    assert "playbill" in terms("a play billing")
    assert "healthcare" in terms("Health Care Assistant") and "javascript" in terms("Java Script, SQL")
    assert [text[s:e] for s, e, _ in locate(text, {"play bill"})] == ["Play Billing"]


@pytest.mark.parametrize("text", ["data quality", "de base", "patient care"])
def test_two_words_that_are_no_closed_compound_stay_a_phrase(text: str) -> None:
    assert text in analyse([text])[0].terms


def test_locate_finds_a_one_word_alias_of_a_hyphened_skill_where_it_is_written_not_two_words_before() -> None:
    text = "We manage eDiscovery and E-Verify checks."
    spans = [(text[s:e], term) for s, e, term in locate(text, {"e-discovery", "e-verify"}, bundled_lexicon())]
    assert spans == [("eDiscovery", "e-discovery"), ("E-Verify", "e-verify")]


def test_locate_marks_a_hyphened_word_whole_where_analysis_drops_its_first_part() -> None:
    # "on" is no term, but "on-time" is one word: half of it is no word a reader knows.
    text = "Track on-time delivery and fill rate."
    assert [text[a:b] for a, b, _ in locate(text, {"time delivery"})] == ["on-time delivery"]
    # A first part that is a term of its own keeps the term to the word after it.
    other = "Built data-driven reports."
    assert [other[a:b] for a, b, _ in locate(other, {"drive report"})] == ["driven reports"]


def test_locate_marks_the_end_of_a_hyphened_compound_alone_where_a_word_before_its_dropped_part_is_a_term() -> None:
    # "point-of-care" and "end-of-day" say "care" and "day" at their ends; "of-care" and "of-day" are no words.
    text = "Order point-of-care tests, reconcile end-of-day counts and keep charts up-to-date."
    spans = [(text[a:b], term) for a, b, term in locate(text, {"care", "day", "date", "point"})]
    assert spans == [("point", "point"), ("care", "care"), ("day", "day"), ("up-to-date", "date")]


def test_phishing_simulations_are_a_security_awareness_programs_not_computer_simulation() -> None:
    assert skills("Run quarterly phishing simulations for 400 staff.") == ["phishing simulation"]


def test_locate_marks_an_acronyms_plural_whole_not_the_acronym_and_a_stray_s() -> None:
    text = "Service the ICUs, the ATMs and the kiosks."
    assert [text[s:e] for s, e, _ in locate(text, {"icu", "atm", "kiosk"})] == ["ICUs", "ATMs", "kiosks"]


def test_locate_finds_a_closed_compound_written_as_two_words() -> None:
    text = "Experience in home health care required."
    assert [(text[s:e], term) for s, e, term in locate(text, {"healthcare"})] == [("health care", "healthcare")]


def test_excel_the_product_is_named_by_the_words_around_it() -> None:
    assert "Microsoft Excel" in skills("Advanced Excel skills.")
    assert "Microsoft Excel" in skills("Strong Excel proficiency is expected.")
    assert "Microsoft Excel" not in skills("Excel in a fast-paced team.")
    assert "Microsoft Excel" not in skills("You will excel at building relationships.")


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("Built an Excel accrual tracker that cut true-ups by a third.", "Microsoft Excel"),
        ("Maintained Excel models of freight cost by lane.", "Microsoft Excel"),
        ("Drafted Word templates for engagement letters.", "Microsoft Word"),
        ("Kept the Helm templates for twelve services.", "Helm"),
        ("Build and maintain SOAR playbooks for phishing triage.", "SOAR"),  # a playbook runs in the platform
    ],
)
def test_a_tool_is_named_by_the_thing_made_in_it(text: str, tool: str) -> None:
    assert tool in skills(text)


def test_the_everyday_word_before_a_made_thing_is_no_tool() -> None:
    assert "Microsoft Excel" not in skills("Analysts excel at models and forecasts.")
    assert "SOAR" not in skills("Watch our sales soar with the new playbooks.")
    assert "Spring" not in skills("Planned the Spring model launch for the dealer network.")
    assert "Microsoft Excel" not in skills("Excel Dashboard Review Board member.")


def test_marketing_housing_and_cataloging_the_trades_are_no_market_house_or_catalog() -> None:
    assert "marketing" not in terms("Time to market in a fast-growing market.")
    assert "product marketing" not in skills("We have strong product-market fit.")
    assert "marketing" in terms("Led the marketing team.") and "market" in terms("Marketed the product.")
    assert "housing" not in terms("Our in-house legal team") and "housing" in terms("Supportive housing programs")
    assert "cataloging" not in skills("Maintain the product catalog and the data catalog.")
    assert skills("Catalogued the archive.") == skills("Original cataloging of rare books.") == ["cataloging"]


def test_a_span_of_time_a_figure_counts_is_no_skill_that_opens_with_its_unit() -> None:
    """A therapist's notes due "within 48 hours of service" are a deadline, no driver's hours of service."""
    assert "hours of service" not in skills("Complete progress notes within 48 hours of service.")
    assert skills("Plan routes within DOT hours of service limits.") == ["hours of service"]


def test_an_on_call_rotation_is_no_incident_management() -> None:
    """Nurses, caseworkers and engineers all take call: the rotation says nothing of managing incidents."""
    assert skills("Participates in the unit's on-call rotation.") == []


def test_a_therapists_methods_and_measures_are_skills() -> None:
    assert skills("Couples counseling in the Gottman Method and EFT; EMDR and TF-CBT for trauma.") == [
        "couples therapy",
        "Gottman Method",
        "emotionally focused therapy",
        "EMDR",
        "trauma-focused cognitive behavioral therapy",
    ]
    assert skills("Screened with the PHQ-9 and GAD-7; grief counselling; notes in SimplePractice.") == [
        "PHQ-9",
        "GAD-7",
        "grief counseling",
        "SimplePractice",
    ]


def test_eft_is_a_payment_where_payments_are_spoken_of_and_a_therapy_beside_couples() -> None:
    assert skills("Process ACH and EFT payments to vendors.") == ["electronic funds transfer"]
    assert "emotionally focused therapy" in skills("Therapist trained in EFT for couples.")


def test_a_hyphen_left_hanging_is_no_part_of_its_word() -> None:
    assert terms("Projects of a short-, medium-, and long-term nature")[:3] == ["project", "short", "term"]
    assert "pre" not in terms("Pre- and post-operative care")  # a prefix left hanging is no word
    assert "pre" not in terms("Pre- and postoperative care")  # nor where no compound after it shares its part


def test_a_suspended_hyphen_says_both_compounds() -> None:
    said = analyse(["Trained 60+ front- and back-of-house staff"], bundled_lexicon())[0]
    assert said.skills == ["front of house", "back of house"]
    assert said.said["front of house"] == "front-of-house"
    assert {"short term", "medium term", "long term"} <= set(terms("Short-, medium- and long-term planning"))
    # the second compound with its noun is the lexicon's skill, care after surgery
    assert {"pre operative", "postoperative care"} <= set(terms("Pre- and post-operative care"))
    assert {"private sector", "public sector"} <= set(terms("Private- or public-sector clients"))
    assert skills("Front-/back-end development") == ["frontend development", "backend development"]
    assert "of house" not in terms("Front- and back-of-house")  # no fragment is a term
    # A preposition left hanging shares what follows the other's "of".
    assert written_out("In- and out-of-network providers") == "In-network and out-of-network providers"


def test_a_term_a_suspended_hyphen_says_stands_at_the_word_left_hanging() -> None:
    text = "Led front- and back-of-house teams"
    spans = locate(text, {"front of house", "back of house", "house"}, bundled_lexicon())
    assert [(text[start:end], term) for start, end, term in spans] == [
        ("front", "front of house"),
        ("back-of-house", "back of house"),
    ]


def test_a_cdls_endorsements_listed_by_their_letters_are_each_that_endorsement() -> None:
    text = "Class A CDL, Illinois - Endorsements: H, N, T"
    assert written_out(text) == ("Class A CDL, Illinois - Endorsements: H endorsement, N endorsement, T endorsement")
    found = analyse([text], bundled_lexicon(), credentials=True)[0].skills
    assert found == ["Class A CDL", "hazmat endorsement", "tanker endorsement", "doubles/triples endorsement"]
    spans = locate(text, {"tanker endorsement"}, bundled_lexicon())
    assert [text[start:end] for start, end, _ in spans] == ["N"]  # where the text says it
    assert written_out("Section H, N and T of the form") == "Section H, N and T of the form"  # no endorsements


def test_a_licences_letters_between_its_name_and_its_kind_leave_it_that_licence() -> None:
    lexicon = bundled_lexicon()
    asked = "Oregon General Journeyman Electrician (GJ) or General Supervising Electrician (GS) license required"
    assert "journeyman electrician license" in [s.lower() for s in analyse([asked], lexicon)[0].skills]
    assert analyse(["Master Plumber (MP) license"], lexicon)[0].skills == ["master plumber license"]
    # letters that are no initials of the name before them (an issuer's, a modality's) are left as they stand
    assert written_out("Medical Laboratory Scientist (ASCP) certification") == (
        "Medical Laboratory Scientist (ASCP) certification"
    )
    assert written_out("ARRT (R) registration") == "ARRT (R) registration"


def test_a_phrase_that_ends_in_a_credentials_kind_written_out_is_found_up_to_the_kind_as_written() -> None:
    # The kind written out after the name ("Cartographer certification (CGC) certification") stands for the word the
    # text writes after the letters: where the phrase is shown, it reads as the text does, not as its first word.
    text = "- Certified Geospatial Cartographer (CGC) certification required"
    spans = locate(text, {"cartographer certification"}, bundled_lexicon())
    assert [text[start:end] for start, end, _ in spans] == ["Cartographer (CGC) certification"]


def test_a_prefix_joined_to_its_word_is_no_skill_of_the_same_letters() -> None:
    assert skills("Bi-annual off-sites and bi-weekly pay.") == []  # no business intelligence
    assert skills("BI dashboards and Power BI-based reports.") == ["business intelligence", "Power BI"]


def test_a_skill_joined_to_non_is_its_opposite_and_no_mention_of_it() -> None:
    assert "sterile compounding" not in skills("Non-sterile compounding of creams and suspensions.")
    assert skills("Sterile compounding and non-sterile compounding.") == ["sterile compounding"]  # the first says it


def test_a_skill_joined_to_cross_is_another_thing_and_no_mention_of_it() -> None:
    assert skills("Lead cross-functional program reviews with finance.") == []  # no functional programming
    assert skills("Functional programming in Haskell, with cross-functional teams.") == [
        "functional programming",
        "Haskell",
    ]


def test_a_word_in_the_plural_before_and_heads_a_phrase_of_its_own_and_shares_no_head_after_it() -> None:
    lexicon = bundled_lexicon()
    texts = [
        "Knowledge of design controls and quality systems",  # design controls: no control systems
        "Unit and integration testing",
        "Systems and network administration",  # the skill's own name writes "systems"
    ]
    assert shared_skills(texts, lexicon) == [frozenset(), {"unit testing"}, {"system administration"}]


def test_a_products_head_written_in_full_first_is_shared_forward_by_the_makers_listed_after_it() -> None:
    # "Toast POS, Square and Clover" are three point-of-sale systems, the head written once, after the first; so are
    # the licences of "PT license, OT and SLP". A field's name in small letters shares no head forward: "project
    # management, product and hiring" says no product management.
    lexicon = bundled_lexicon()
    texts = [
        "Trained servers on Toast POS, Square and Clover at three sites",
        "Held a PT license, OT and SLP in two states",
        "Led project management, product and hiring for the studio",
    ]
    found = shared_skills(texts, lexicon)
    assert {"square pos", "clover pos"} <= found[0]
    assert "ot license" in found[1]
    assert "product management" not in found[2]


def test_a_verbs_ing_or_ed_form_before_and_shares_no_head_its_skill_writes_otherwise() -> None:
    lexicon = bundled_lexicon()
    texts = [
        "Lead sourcing and story selection for investigations",  # an editor's sourcing: no source selection
        "Lead source and vendor selection for the program",
        "Automated and manual testing of web apps",  # the skill's own name writes "automated"
    ]
    assert shared_skills(texts, lexicon) == [frozenset(), {"source selection"}, {"automated testing"}]


def test_a_word_written_as_one_name_is_that_name_not_another_that_lemmatises_to_it() -> None:
    # "SUD" is substance use disorder; "SuDS" (sustainable drainage systems) lemmatises to "sud" too.
    assert "substance use disorder" in skills("Case management for adults with SMI or SUD.")
    assert "SuDS" not in skills("Case management for adults with SMI or SUD.")
    assert skills("Design SuDS for new housing estates.") == ["SuDS"]
    assert skills("Ran groups for clients with SUDs.") == ["substance use disorder"]


def test_numbers_listed_after_a_numbered_name_are_the_names_they_make() -> None:
    assert skills("Series 7, 63 and 66 licenses required.") == ["Series 7", "Series 63", "Series 66"]
    assert skills("Sites certified to ISO 9001 and 13485.") == ["ISO 9001", "ISO 13485"]
    assert skills("Series 7 and 2 years in wealth management.") == ["Series 7", "wealth management"]
    [analysis] = analyse(["Holds the Series 7 and 66."], bundled_lexicon())
    assert analysis.said["Series 66"] == "Series 66"  # the keyword named, not its bare number


def test_numbers_listed_after_a_name_hyphened_to_its_number_are_the_names_they_make() -> None:
    # Fire and EMS résumés list FEMA's courses by their numbers after the first's code: "ICS-100, 200, 700, 800".
    assert skills("NIMS ICS-100, 200, 700, 800") == ["NIMS", "ICS-100", "ICS-200", "IS-700", "IS-800"]
    assert skills("Completed ICS-100/200/700 online.") == ["ICS-100", "ICS-200", "IS-700"]


def test_codes_in_capitals_listed_after_a_name_that_ends_in_one_share_its_head() -> None:
    # "Exams P and FM" is Exam P and Exam FM: the plural head names both codes, as "Series 7 and 66" does.
    assert skills("Has cleared Exams P and FM of the SOA.") == ["Exam P", "Exam FM"]
    assert skills("Exams P/FM done; studying for PA") == ["Exam P", "Exam FM"]
    # A code that makes no name with the head stays apart ("Exam P and QA" names no exam "QA").
    assert skills("Exam P and QA sign-off") == ["Exam P", "quality assurance"]


def test_numbers_in_angle_brackets_listed_after_a_name_numbered_so_are_the_names_they_make() -> None:
    # The USP numbers its chapters in angle brackets; a CV names the second chapter after the first's "USP".
    assert skills("Led the cleanroom's USP <797> and <800> gap analysis.") == ["USP <797>", "USP <800>"]
    assert skills("Kept the IV room to USP <797>/<800>.") == ["USP <797>", "USP <800>"]
    # A bare number after one in brackets is a count, no chapter.
    assert skills("USP <797> compliance and 800 doses a day.") == ["USP <797>"]


def test_assessing_a_risk_is_a_skill_of_its_own_not_managing_risk() -> None:
    # "Nutrition risk assessments", "fall risk assessment": a clinician's assessment, no risk management.
    assert skills("Completed nutrition risk assessments for new clients.") == ["risk assessment"]
    assert skills("Owned the risk register and risk mitigation plans.") == ["risk register", "risk management"]


def test_an_evaluation_after_kirkpatricks_levels_is_the_kirkpatrick_model_however_a_posting_words_it() -> None:
    for text in (
        "Measure impact with Kirkpatrick-style evaluation.",
        "Evaluated courses on the Kirkpatrick framework.",
    ):
        assert skills(text) == ["Kirkpatrick model"], text


def test_the_emergency_department_is_a_place_of_work_not_emergency_nursing() -> None:
    # A hospitalist admits patients from it; a nurse who worked there shows emergency nursing only as related.
    assert skills("Admit patients from the emergency department overnight.") == ["emergency department"]
    assert skills("Three years of emergency nursing.") == ["emergency nursing"]


def test_vascular_access_is_named_as_medics_and_nurses_write_it() -> None:
    assert skills("Gained IV access and IO access in the field.") == ["IV therapy", "intraosseous access"]
    assert skills("Hundreds of IV starts.") == ["IV therapy"]
    [analysis] = analyse(["IV and IO access"], bundled_lexicon(), near=True)
    assert analysis.skills == ["intraosseous access"] and "iv therapy" in analysis.within  # a head two share


def test_early_childhood_standards_credentials_and_tools_are_skills_as_the_field_writes_them() -> None:
    assert skills("Meets NAEYC standards and the Head Start Program Performance Standards (HSPPS).") == [
        "NAEYC",
        "Head Start Program Performance Standards",
    ]
    assert skills("Wrote IFSP goals with early intervention.") == ["IFSP", "early intervention"]
    assert skills("Assessed children in TS GOLD and the DRDP; used The Creative Curriculum.") == [
        "Teaching Strategies GOLD",
        "DRDP",
        "Creative Curriculum",
    ]
    # The credential as a posting asks for it and as a résumé names it in full meet; "CDA" alone is a dentist's too.
    assert (
        skills("CDA credential a plus.")
        == skills("Child Development Associate (CDA), 2019")
        == ["Child Development Associate"]
    )
    assert skills("Member of the CDA since 2015.") == []
    # A framework's name is one term, not "learning outcomes" asked of the applicant.
    assert skills("Aligned with the Head Start Early Learning Outcomes Framework.") == [
        "Head Start Early Learning Outcomes Framework"
    ]


def test_a_pediatric_first_aid_course_is_a_childcare_credential_not_the_medical_specialty() -> None:
    # However a posting or a résumé joins its two halves, the course is one credential; "pediatric" is whose it is.
    for text in ("Pediatric First Aid/CPR required.", "Current Pediatric CPR and First Aid certification.",
                 "Pediatric CPR & First Aid, American Red Cross, 2024"):  # fmt: skip
        assert skills(text) == ["Pediatric First Aid and CPR"], text
    assert "pediatrics" not in skills("Pediatric CPR certified.")


def test_infant_and_toddler_care_practices_are_skills_as_the_field_writes_them() -> None:
    assert skills("Program for Infant/Toddler Care (PITC) training preferred.") == ["Program for Infant/Toddler Care"]
    assert skills("Completed PITC modules.") == ["Program for Infant/Toddler Care"]
    assert skills("Follow safe sleep practices and a primary caregiving model.") == ["safe sleep", "primary caregiving"]
    # Developmentally appropriate activities are the practice NAEYC names, the adjective as a posting writes it.
    assert skills("Plan developmentally appropriate activities.") == ["developmentally appropriate practice"]


def test_early_childhood_rating_scales_behavior_programs_and_data_systems_are_skills() -> None:
    assert skills("Classrooms scored on the ECERS-3 and ITERS-R for our QRIS rating.") == ["ECERS-3", "ITERS-3", "QRIS"]
    assert skills("Early Childhood Environment Rating Scale (ECERS) experience.") == ["ECERS-3"]
    assert skills("Trained in the Pyramid Model and Conscious Discipline.") == ["Pyramid Model", "Conscious Discipline"]
    assert skills("Plan an emergent curriculum; enter attendance in ChildPlus.") == ["emergent curriculum", "ChildPlus"]
    # The everyday words the names are made of stay everyday words.
    assert skills("Built a pyramid model of the sales funnel.") == []
    assert "ITERS-3" not in skills("Trained for 500k iters on 8 GPUs.")


def test_californias_child_care_licensing_regulations_are_one_term() -> None:
    # "Title 22" is the regulation's name: a posting's "ratios required by Title 22 licensing" meets a résumé's
    # "ratios per Title 22", though neither "title" nor "22" alone says anything.
    assert skills("Maintain ratios required by Title 22 licensing.") == ["Title 22"]
    assert skills("Kept ratios per Title 22.") == ["Title 22"]


def test_californias_child_development_permits_are_credentials_a_higher_one_meets_a_lower() -> None:
    assert skills("Child Development Teacher Permit or higher.") == ["Child Development Teacher Permit"]
    lexicon = bundled_lexicon()
    assert "child development site supervisor permit" in lexicon.instances["child development teacher permit"]
    higher = lexicon.instances.get("child development site supervisor permit", ())
    assert "child development teacher permit" not in higher


def test_a_gps_is_a_field_tool_a_posting_may_ask_for() -> None:
    assert skills("Mapped nest sites with GPS units.") == ["GPS"]


def test_illustrators_who_draw_are_people_and_illustrator_among_tools_or_as_illustrator_cc_is_adobes_app() -> None:
    # An art director manages illustrators, the artists; a designer works in Illustrator, the app.
    assert "Adobe Illustrator" not in skills("Managed freelance illustrators and photographers on six shoots.")
    assert "Adobe Illustrator" not in skills("Commissioned an illustrator for the picture book.")
    assert "Adobe Illustrator" in skills("Produced brochures and posters in InDesign and Illustrator.")
    assert "Adobe Illustrator" in skills("Drew the logo suite in Illustrator.")
    assert "Adobe Illustrator" in skills("Proficient with Illustrator CC")


def test_a_verbs_inflection_is_the_everyday_word_not_the_product_named_after_it() -> None:
    assert skills("Sparked curiosity with hands-on labs.") == []
    assert skills("Sketching ideas on paper; bootstrapped a café.") == []
    assert skills("Excelled in front-desk service.") == ["front desk"]  # no Excel
    assert skills("Experience leading scrums.") == ["Scrum"]  # a plural may be the name's
    assert skills("Wrote jobs in Spark and Scala; mock-ups in Sketch.") == ["Spark", "Scala", "Sketch"]
    assert skills("Dataframes in pandas.") == ["pandas"]  # a name written so is the name, inflected or not


def test_an_acronym_of_a_field_and_of_a_health_plan_is_the_field_only_among_its_kind() -> None:
    assert skills("Medical PPO and HMO plans for you and your family.") == []
    assert "policy gradient methods" in skills("Algorithms such as PPO, DQN and A3C.")


def test_a_word_of_a_trade_or_a_method_is_no_tool_of_the_same_name() -> None:
    for text in (
        "Grew crystals by heating a boron powder.",
        "A modified Delphi study.",
    ):
        assert skills(text) == [], text
    # A welder's torch is no PyTorch: the trade's own work is the skill.
    assert skills("Oxy-acetylene torch cutting.") == ["oxy-fuel cutting"]
    assert skills("Heating, ventilation, and air conditioning") == ["HVAC"]
    assert skills("Python, Torch and NumPy; Delphi and C++") == ["Python", "PyTorch", "NumPy", "Delphi", "C++"]


def test_a_patients_presentation_is_no_public_speaking() -> None:
    assert skills("Decisions based on vital signs, patient presentation, and assessments.") == [
        "vital signs",
        "clinical presentation",
    ]
    assert skills("Deliver presentations to the board.") == ["public speaking"]


@pytest.mark.parametrize(
    "duty", ["Oversee plating and presentation of every dish.", "Keep food presentation consistent."]
)
def test_a_dishs_presentation_is_no_public_speaking(duty: str) -> None:
    assert skills(duty) == ["food presentation"]


def test_a_web_developers_tools_are_skills_and_their_everyday_namesakes_are_not() -> None:
    assert skills("Static site generations, particularly Hugo, deployed on Netlify") == [
        "static site generators",
        "Hugo",
        "Netlify",
    ]
    assert skills("Themes for WordPress, Drupal and Joomla; Yarn, Babel and ESLint") == [
        "WordPress", "Drupal", "Joomla", "Yarn", "Babel", "ESLint",
    ]  # fmt: skip
    assert skills("Queries in Aqua Data Studio; CSS with BEM and Sass") == ["CSS", "BEM", "Sass"]
    for prose in ("Hugo Martin leads the team.", "A sanity check.", "Knitting with yarn.", "The backbone of it."):
        assert skills(prose) == [], prose


def test_active_directory_is_a_skill_of_its_own_related_to_windows_server() -> None:
    assert skills("Two years of Active Directory experience") == ["Active Directory"]
    assert skills("Windows Server 2019 and Hyper-V") == ["Windows Server", "Hyper-V"]


def test_argo_workflows_is_no_argo_cd() -> None:
    assert skills("Argo Workflows for our pipelines.") == ["Argo Workflows"]


def test_word_and_outlook_the_products_are_named_by_the_words_around_them() -> None:
    office = {"Microsoft Word", "Microsoft Excel", "Microsoft Outlook"}
    assert office <= set(skills("Experience with Word, Excel and Outlook."))
    assert "Microsoft Word" in skills("Templates in Marketo and Word.")
    for prose in ("Word of mouth brings our clients.", "Our Outlook for the year is strong.", "A positive outlook."):
        assert not office & set(skills(prose)), prose
    assert skills("Word processing and data entry.") == ["word processing", "data entry"]  # the general skill


def test_a_joined_prefix_and_the_open_end_of_a_span_of_dates_are_no_words_of_their_own() -> None:
    # "Co-organised" is no "CO" (Colorado), and "(2019–present)" no "present findings".
    assert "co" not in terms("Co-organised the 2020 colloquium (2019–present).")
    assert "present" not in terms("Peer reviewer for Speculum (2019 – Present)")
    assert "co" in terms("Denver, CO") and "present" in terms("Present findings to the board.")
    # In words after a year too; a count before "to present" is work to be presented.
    for span in ("Adjunct lecturer, Jan 2017 to Present", "Board member, 2019 through the present"):
        assert "present" not in terms(span), span
    assert "present" in terms("Wrote 3 reports and 2 to present at the annual meeting.")


def test_a_bracket_opened_without_a_space_still_sets_its_words_apart() -> None:
    # Typed as people type them: "Principles(GAAP)" says GAAP as plainly as "Principles (GAAP)".
    assert skills("Examined records under Generally Accepted Accounting Principles(GAAP).") == ["GAAP"]
    assert {"manager", "sql", "postgresql"} <= set(terms("Reported to the manager(s) on SQL(PostgreSQL)."))
    assert "c++" in terms("C++ and C#")


def test_a_noun_that_looks_like_a_comparative_keeps_its_lemma() -> None:
    # The lookup table reads "matter" as the comparative of "matt", as it read "number" as "numb".
    assert {"subject matter", "matter", "gamer"} <= set(terms("Subject matter expert; matters of fact; a gamer."))


def test_best_and_better_are_their_own_words_not_well() -> None:
    # The lookup table reads "best" and "better" as forms of "well": "best practices" was the term "well practice".
    assert {"best", "best practice"} <= set(terms("Follow best practices for security."))
    assert not set(terms("Follow best practices for security.")) & set(terms("Better outcomes for patients."))


def test_a_wound_is_no_wind_and_the_ground_no_grind() -> None:
    # The lookup table reads "wound" as a form of "wind" (its plural "wounds" as "wound"), "ground" of "grind".
    assert {"wound", "wound assessment"} <= set(terms("Wound assessment on a surgical ward."))
    assert "wound" in terms("Dressed wounds.")
    assert {"ground", "ground transportation"} <= set(terms("Booked ground transportation."))


def test_a_trade_named_by_an_ing_noun_is_no_verb() -> None:
    assert "machining" in terms("Five-axis machining of titanium parts.")
    assert "machine" not in terms("Five-axis machining of titanium parts.")
    assert {"lighting", "plumbing", "clothing", "mining"} <= set(terms("Lighting, plumbing, clothing and mining."))


def test_a_letter_hyphened_to_a_word_english_writes_closed_up_is_that_word_and_a_verbs_past_no_acronym() -> None:
    # "e-mail" is the email a posting asks for; "E-Verify" and "X-ray" stay words of their own.
    both = set(terms("Answered e-mail enquiries.")) & set(terms("Answered email enquiries."))
    assert {"email", "email enquiry"} <= both
    assert "email marketing" in set(terms("Ran e-mail campaigns.")) & set(terms("Ran email campaigns."))
    # The past of a verb is no acronym the lexicon writes in capitals: "Sent" is no SEND (special education).
    assert "special education" not in terms("Sent weekly email campaigns.")
    assert {"e-verify", "x-ray"} <= set(terms("Ran E-Verify checks and X-ray imaging."))


def test_the_united_of_a_name_is_no_past_of_unite() -> None:
    # The lookup table reads "united" as "unite": "United States" was shown as the matched term "unite state".
    assert "united state" in terms("Led sales across the United States.")
    assert "unite" not in terms("Led sales across the United States.")


def test_close_working_together_is_no_closing() -> None:
    # "Close communication" met a bullet's "closed the corrective action in 21 days" as the term "close".
    assert "close" not in terms("Maintain close communication with customers and close collaboration with the plant.")
    assert "close" in terms("Closed the corrective action in 21 days.")
    assert "close" in terms("Close deals with enterprise buyers.")


def test_full_time_and_part_time_say_the_hours_and_no_time() -> None:
    # A posting's "Full-time, on-site" met a bullet's "on-time shipping" by its "time".
    assert "time" not in terms("Full-time, on-site. Part time hours on weekends; full time benefits.")
    assert "time" in terms("Held on-time shipping at 99% and cut dock time by a third.")


def test_how_a_job_is_held_is_no_term_of_its_work() -> None:
    # A casual or per-diem nurse's posting ("Casual RN Staff", "This position is per diem") cost a nurse's CV a
    # tenth of the posting's weight in words no bullet can say: how the job is held, as "full-time" is.
    held = "Casual RN Staff. The casual position covers births. This position is per diem; PRN nurses rotate shifts."
    found = terms(held)
    assert not {"casual", "diem", "prn", "casual rn", "casual position"} & set(found)
    assert {"rn staff", "position", "nurse"} <= set(found)
    # The same words of the work itself stay: a restaurant's casual dining, a travel allowance, a dose as needed.
    assert "casual" in terms("Opened two casual dining restaurants.")
    assert "diem" in terms("Audited per diem allowances on travel expense reports.")
    assert "prn" in terms("Administered PRN medications after reassessing pain.")


def test_a_date_and_the_hours_of_the_day_are_no_terms() -> None:
    # A reporter's posting that gave its start date, its hours and the months of a writing sample asked every CV for
    # "jan", "september", "a.m." and "monday" (5 % of its fit): words of when, which no bullet can say.
    found = terms(
        "The position begins Jan. 5, 2026, and works 10 a.m. to 6 p.m., Monday through Friday. Send a story written"
        " in August or September 2025; applications close March 15. Interviews start in January."
    )
    calendar = {"jan", "january", "september", "august", "march", "a.m.", "p.m.", "monday", "friday"}
    assert not calendar & {word for term in found for word in term.split()}
    assert {"position", "story", "application"} <= set(found)
    # The same words that say something else stay: a sale's day, a march, project managers.
    assert {"black friday", "cyber monday", "march", "pm"} <= set(
        terms("Ran Black Friday and Cyber Monday campaigns, covered the Women's March and paired with 3 PMs.")
    )
    assert "pm" not in terms("Phones are answered until 5pm.")


def test_saturday_shortened_is_a_date_though_its_letters_are_sits_past() -> None:
    # The lemma table reads "sat" as the past of "sit": a shop's and a clinic's hours asked every CV for "sit".
    hours = ("Open Tue–Sat, 9 a.m. to 5 p.m.", "Clinic hours: Mon–Fri 8–6, Sat 9–1.", "Shifts run Thu, Fri and Sat.")
    for text in hours:
        assert "sit" not in {word for term in terms(text) for word in term.split()}, text
    assert "sit" in terms("Sat on the hiring panel for 12 reporters.")


def test_in_order_to_says_why_and_no_order() -> None:
    # "Explored data in order to make recommendations" met a buyer's posting asking for purchase orders.
    assert "order" not in terms("Explored sales data in order to make recommendations.")
    assert "order" not in terms("Kept stock counts in order that shelves never ran empty.")
    assert "order" in terms("Processed purchase orders in order to keep stock full.")
    assert "order" in terms("Placed orders with vendors.")


def test_work_done_under_supervision_is_no_supervising() -> None:
    assert "supervision" not in terms("Completed the clinical fellowship year under ASHA-certified supervision.")
    assert "supervision" not in terms("Works under the general supervision of the nursing director.")
    assert "supervise" not in terms("Supervised by the charge nurse on a 30-bed ward.")
    # A possessive names whose supervision it was.
    assert "supervision" not in terms("Traced wiring faults under the lead tech's supervision.")
    assert "supervision" not in terms("Set forms under the foreman’s supervision.")
    assert "supervision" in terms("Provided clinical supervision to two clinical fellows.")
    assert "supervise" in terms("Supervised a team of six technicians.")


def test_a_figure_of_speech_that_praises_says_none_of_its_words() -> None:
    posting = "Join our cutting-edge plant: state-of-the-art equipment, world-class service and a top-notch crew."
    assert not {"cut", "edge", "state", "art", "class", "notch"} & set(terms(posting))
    assert not {"cut", "edge", "art", "class"} & set(terms("Best-in-class tools on the bleeding edge."))
    # The same words said plainly are still meant.
    assert {"cut", "edge", "art", "class"} <= set(terms("Cut conduit to length; taught an art class; edge trimming."))


def test_an_electricians_emt_is_conduit_and_a_medics_emt_the_technician() -> None:
    assert "EMT conduit" in skills("Measure, cut and bend conduit (EMT, rigid) to the prints.")
    assert "EMT conduit" in skills("Ran EMT, IMC and rigid conduit for a hospital wing.")
    assert skills("Ran 2,000 ft of electrical metallic tubing.") == ["EMT conduit"]
    assert "EMT" not in skills("Bent EMT and pulled wire as a journeyman electrician.")
    assert skills("Current EMT certification required; Paramedic preferred.") == ["EMT", "paramedic"]
    # An electrician bends EMT beside the other raceways, and pulls wire sized in kcmil: conduit, unnamed so.
    assert "EMT conduit" in skills("Bent EMT, rigid, IMC & PVC; ran cable tray.")
    assert "EMT conduit" in skills("Installed EMT and pulled 500 kcmil feeders.")
    # An ambulance's EMT bends over a patient: the technician still.
    assert "EMT conduit" not in skills("As an EMT, bent over patients to assess airway and breathing.")
    # An electrician's EMT stays conduit on a hospital's job.
    assert "EMT conduit" in skills("Ran EMT and IMC to the patient rooms of a trauma center.")


def test_a_cockpits_crm_is_crew_resource_management_and_a_sellers_the_customer_system() -> None:
    assert "crew resource management" in skills("Share duties with the Captain in a two-pilot crew, applying CRM.")
    assert "crew resource management" in skills("Flight attendants brief CRM with the cockpit before each flight.")
    assert "CRM" not in skills("Completed annual CRM recurrent training as an airline pilot.")
    assert skills("Kept the CRM current for 40 accounts.") == ["CRM"]
    # an airline's marketer speaks of flights too
    assert "CRM" in skills("Ran loyalty campaigns for the airline from the CRM, by flight and fare.")
    # a support desk's agent may come from an airline's cabin: its CRM is where the contacts are logged
    assert skills("Log each contact in the CRM and Zendesk; a contact center or airline background helps.")[0] == "CRM"


def test_a_schools_plc_is_its_teachers_learning_community_and_a_plants_its_controller() -> None:
    assert "professional learning community" in skills("Facilitate grade-level PLCs, data teams and MTSS meetings.")
    assert "professional learning community" in skills("Lead the school's PLC, MTSS and SEL work with teachers.")
    assert "PLC" not in skills("Lead the school's PLC, MTSS and SEL work with teachers.")
    # A plant's PLC programs its machines, wherever a school is spoken of.
    assert "PLC" in skills("Troubleshoot PLCs, HMIs and VFDs on the school district's boiler plant.")
    assert "PLC" in skills("Programmed Allen-Bradley PLCs in ladder logic.")


def test_a_dental_or_medical_offices_ppo_is_the_insurance_plan_and_a_reinforcement_learners_the_algorithm() -> None:
    # An office's "PPO" is a preferred provider organization, the insurance plan its fees are set by.
    found = skills("Verify insurance benefits: Medicaid, PPO, HMO.")
    assert "preferred provider organization" in found and "policy gradient methods" not in found
    assert "preferred provider organization" in skills("Strong knowledge of dental insurance and PPO fee schedules.")
    assert "policy gradient methods" not in skills("Hygienist in a fee-for-service and PPO dental practice.")
    # A reinforcement learner's PPO is the algorithm, whatever insurance its benefits offer.
    assert "policy gradient methods" in skills("Trained agents with PPO and reward shaping; medical and dental plans.")


def test_a_pilots_atp_is_the_certificate_and_a_biologists_or_a_planners_no_skill() -> None:
    assert skills("ATP – AMEL; Commercial – ASEL") == ["ATP certificate"]
    assert "ATP certificate" in skills("Current ATP with a first-class medical and 1,000 hours of turbine time.")
    assert "ATP certificate" in skills("Captain upgrade requires an ATP and 1,000 hours in aircraft.")
    assert "ATP certificate" not in skills("Measured ATP levels in a pilot study of 40 mice.")
    assert "ATP certificate" not in skills("Ran ATP checks in SAP for order promising.")


def test_a_contractors_ccm_is_the_construction_manager_and_a_hospitals_the_case_manager() -> None:
    assert "Certified Construction Manager" in skills("Superintendent over subcontractors on the jobsite; CCM a plus.")
    assert "CCM" not in skills("Superintendent over subcontractors on the jobsite; CCM a plus.")
    # A hospital's building may be under construction: its case manager's CCM is still the case manager's.
    assert "CCM" in skills("Case manager, CCM preferred; our new wing is under construction.")
    # A line of credentials names the construction manager's beside the construction trade's others.
    for line in ("PMP, CCM or DBIA certification preferred.", "LEED AP or CCM a plus; Procore and P6 required."):
        assert "Certified Construction Manager" in skills(line) and "CCM" not in skills(line)


def test_a_school_builders_dsa_is_the_state_architect_and_a_programmers_data_structures() -> None:
    # A public school builder's letters are the regulator over its work, as the posting spells it out.
    bullet = "Built 6 K-12 classroom wings under DSA oversight, each opened for the fall term."
    assert skills(bullet) == ["Division of the State Architect"]
    assert "Division of the State Architect" in skills("Coordinate with the Division of the State Architect (DSA).")
    assert "algorithms and data structures" not in skills("DSA inspector of record on two school projects.")
    # A programmer's are data structures and algorithms, wherever a school is spoken of.
    assert "algorithms and data structures" in skills("Strong DSA fundamentals.")
    assert "algorithms and data structures" in skills("Taught DSA in Java at a coding school.")
    # A public owner's representative's software and the wage law of its contracts are each one term.
    assert skills("Track budgets in e-Builder; enforce prevailing wage laws.") == ["e-Builder", "prevailing wage"]


def test_an_electrical_testers_neta_level_is_its_certification_and_a_given_name_none() -> None:
    assert skills("NETA Level III or IV certification required.") == ["NETA certification"]
    assert skills("NETA certified technician; tested switchgear.") == ["NETA certification", "switchgear"]
    assert skills("Neta Alvarez led the commissioning team.") == []


def test_a_plants_ci_is_continuous_improvement_and_a_software_teams_continuous_integration() -> None:
    assert skills("Lead CI projects on the plant floor with Lean tools.") == ["process improvement", "Lean methodology"]
    assert "CI/CD" not in skills("Build a CI culture through kaizen events and 5S audits.")
    # Where pipelines, deployments or code are spoken of, the same letters are the software practice.
    assert "CI/CD" in skills("Own CI for our manufacturing software: pipelines that deploy to the plant's servers.")
    assert skills("Maintain CI and code review for the platform team.") == ["CI/CD", "code review"]
    # Only the two letters are read so: a plant's text that names continuous integration means it.
    assert "CI/CD" in skills("Set up continuous integration for the plant's PLC programs.")


def test_a_titles_own_trade_words_read_its_ci_whatever_the_rest_of_the_posting_says() -> None:
    # The title is a section of its own: its "Manufacturing" (a trade word as written, though its lemma is
    # "manufacture") says the letters are continuous improvement, though the duties keep a pipeline of projects.
    title, _ = analyse(
        ["Manufacturing/CI Engineer", "Identify and manage a pipeline of lean opportunities on the molding floor."],
        bundled_lexicon(),
        together=True,
    )
    assert title.skills == ["process improvement"]
    # A title of no trade's words takes the posting's sense: a software team's.
    title, _ = analyse(
        ["CI Engineer", "Keep our Jenkins pipelines and DevOps tooling fast."], bundled_lexicon(), together=True
    )
    assert title.skills == ["CI/CD"]


def test_a_trades_words_are_met_as_written_though_their_lemma_is_another() -> None:
    # "logistics" lemmatises to "logistic", "manufacturing" to "manufacture": the trade's words, as its texts write
    # them, still say which sense a name has.
    assert "transportation management system" in skills("Know one of: WMS, TMS, supply chain or logistics.")
    assert skills("Drive CI across manufacturing.") == ["process improvement"]


def test_the_records_a_system_keeps_of_some_work_are_no_skill_of_that_work() -> None:
    # Rules written for audit logs audit nothing; a trail of changes is no auditing either.
    assert "auditing" not in skills("Wrote detection rules for the billing system's audit logs.")
    assert "auditing" not in skills("Kept the audit trail of every formulary change.")
    assert "auditing" in skills("Audited 12 vendors; led two SOC 2 audits.")


def test_a_plants_ci_stays_continuous_improvement_where_lean_work_is_deployed() -> None:
    # Lean deploys standard work and policy: no word of software, whichever line of the text says it.
    text = "Lead kaizen events and Lean projects.\nDeploy standard work and 5S.\nReport CI savings monthly."
    assert "CI/CD" not in skills(text)
    assert "process improvement" in skills(text)
    assert "CI/CD" in skills("Lead kaizen events.\nReport CI build times for our software releases.")


def test_a_chemical_plants_psm_is_process_safety_and_an_agile_teams_the_scrum_master() -> None:
    assert "process safety management" in skills("Lead HAZOP reviews and manage MOCs under our PSM program.")
    assert "Professional Scrum Master" not in skills("Lead HAZOP reviews and manage MOCs under our PSM program.")
    assert "Professional Scrum Master" in skills("PSM or CSM certified; you run sprint planning for two agile teams.")


def test_a_project_managers_raid_is_the_log_of_risks_and_dependencies_and_a_storage_engineers_an_array() -> None:
    # The log, written out or not, never the disks: a program's RAID log is no storage skill a posting asks for.
    assert skills("Keep the RAID log current for the migration squads.") == ["RAID log"]
    assert skills("Maintained RAID logs and risk registers for three ERP programs.") == [
        "RAID log",
        "risk register",
        "ERP",
    ]
    assert "RAID log" in skills("Maintain RAID for each workstream; report dependencies to the PMO.")
    assert "RAID" not in skills("Maintain RAID for each workstream; report dependencies to the PMO.")
    # A storage engineer's arrays, and RAID among storage skills where dependencies are spoken of too.
    assert skills("Configure RAID arrays and replace failed disks on Dell servers.") == ["RAID"]
    assert "RAID" in skills("Track dependencies between RAID rebuilds and SAN firmware upgrades.")


def test_a_geotechnical_cpt_is_a_cone_penetration_test_and_a_coders_the_code_set() -> None:
    assert skills("Log soil borings and CPT soundings on site.") == ["soil borings", "cone penetration testing"]
    assert "cone penetration testing" in skills("Advance CPT probes beside each boring.")
    assert "CPT" in skills("Assign CPT and ICD-10 codes to claims; review soil-related injury charts.")


def test_a_therapists_ndt_and_ccs_are_its_treatment_and_specialty_and_a_cloud_texts_gcs_the_storage() -> None:
    assert "neuro-developmental treatment" in skills("Pediatric physical therapist trained in NDT.")
    # Where welds or inspection are spoken of, the letters are the inspector's, though a rehabilitation hospital is.
    found = skills("NDT inspector at a rehabilitation hospital's new wing: ultrasonic testing of welds.")
    assert "nondestructive testing" in found and "neuro-developmental treatment" not in found
    assert skills("Physical therapist, CCS preferred.") == ["Cardiovascular and Pulmonary Clinical Specialist"]
    assert "Certified Coding Specialist" in skills("CCS required; assign ICD-10 codes to inpatient claims.")
    assert skills("Stage files in S3 or GCS buckets.") == ["Amazon S3", "Google Cloud Storage"]
    assert "GCS" in skills("Physical therapist: OCS or GCS board certification preferred.")


def test_a_schools_ocr_is_the_exam_board_and_a_scanning_texts_the_character_recognition() -> None:
    # A chemistry teacher's "OCR A Level Chemistry A" claimed the optical character recognition a document AI
    # posting asked for, and computer vision by it.
    assert skills("Taught OCR A Level Chemistry A and AQA GCSE Chemistry.") == [
        "Oxford Cambridge and RSA",
        "AQA",
        "GCSE",
    ]
    assert "Oxford Cambridge and RSA" in skills("Questions for GCSE Physics (AQA, Edexcel and OCR).")
    assert skills("Build OCR pipelines that extract text from scanned invoices.") == ["OCR"]
    # Scans of exam scripts are still read by machine: the scanning words win.
    assert "OCR" in skills("Run OCR on scanned GCSE exam scripts with Tesseract.")
    assert skills("Skills: OCR, Python") == ["OCR", "Python"]


def test_a_uk_schools_qualifications_stages_and_roles_are_skills() -> None:
    found = skills(
        "Teach KS3, KS4 and A-level science; act as a form tutor with pastoral care duties; write schemes of work;"
        " supervise the EPQ; NPQSL desirable; work with the SENCo on EHCPs; UCAS and widening participation."
    )
    expected = {"Key Stage 3", "Key Stage 4", "A-level", "form tutor", "pastoral care", "schemes of work", "EPQ"}
    expected |= {"NPQSL", "SENCo", "EHCP", "UCAS", "widening participation"}
    assert expected <= set(found)
    assert {"CLEAPSS", "Pupil Premium", "retrieval practice", "DBS check"} <= set(
        skills("CLEAPSS guidance, Pupil Premium pupils, retrieval practice and an enhanced DBS check.")
    )
    # A level of detail is no A level, nor a teacher's level of pay one.
    assert "A-level" not in skills("Work at a level of detail others miss.")
    assert skills("Line manage three teachers.") == ["people management"]


def test_an_adjective_compared_is_no_skill_named_by_its_plain_form() -> None:
    # A school's "deeper learning" is a way of teaching, not the neural networks of deep learning.
    assert "deep learning" not in skills("Deeper learning supports, leading to curriculum mastery.")
    assert "smart contracts" not in skills("Write smarter contracts for clients.")
    assert "deep learning" in skills("Train deep learning models on GPUs.")
    assert "smart contracts" in skills("Audit smart contracts in Solidity.")


def test_a_season_with_a_year_or_a_term_is_a_date_not_the_spring_framework() -> None:
    assert "Spring" not in skills("The course will be piloted in Spring 2017 and roll out in 2018.")
    assert "Spring" not in skills("Attend a Spring 2018 Local Leads Training.")
    assert "Spring" not in skills("Classes start in Spring semester.")
    assert "Spring" in skills("Build services in Spring and Hibernate.")
    assert "Spring" in skills("Java, Spring, Kafka")


def test_a_trauma_therapists_cpt_and_dbt_are_therapies_and_a_coders_and_an_analysts_stay_theirs() -> None:
    therapies = skills("Deliver evidence-based therapy (CBT, DBT, CPT) to adults with PTSD.")
    assert {"cognitive processing therapy", "dialectical behavior therapy"} <= set(therapies)
    assert "CPT" not in therapies and "dbt" not in therapies
    assert "CPT" in skills("Therapist billing with CPT codes for psychotherapy sessions.")
    assert "dbt" in skills("Experience with DBT and SQL in a warehouse.")
    assert "cone penetration testing" in skills("Log soil borings and CPT soundings on site.")


def test_first_aid_is_a_skill_though_first_is_a_stop_word() -> None:
    assert skills("Current First-Aid certificate required.") == ["first aid"]
    assert skills("First aid and CPR certified.") == ["first aid", "CPR"]


def test_safeguarding_children_is_not_a_security_safeguard() -> None:
    assert skills("Completed safeguarding training; designated safeguarding lead.") == ["safeguarding"]
    assert skills("Implement technical safeguards to protect customer data.") == []


def test_a_letter_that_names_a_part_plan_or_class_is_no_programming_language() -> None:
    assert skills("Serve families enrolled in Part C early intervention.") == ["early intervention"]
    assert "C" not in skills("Prepare Schedule C returns and Medicare Parts B, C and D plans.")
    assert "R" not in skills("Support Title R programs, Tier R accounts and Appendix R, Section R and Phase R.")
    assert "C" not in skills("Screen for Hepatitis B/C, Vitamin C, Class C, Type C, Plan C and Grade C.")
    assert skills("Vitamin D studies in C and R programming.") == ["C", "R"]


def test_a_letter_grade_is_no_programming_language() -> None:
    assert skills("At least a C grade in English and Maths at GCSE.") == ["English", "GCSE"]
    assert skills("GCSE Maths at grade C or above, and R or Python.") == ["GCSE", "R", "Python"]
    assert skills("Wrote drivers in C and C++.") == ["C", "C++"]


def test_a_letter_hyphened_to_a_word_is_a_letter_of_that_word_not_a_programming_language() -> None:
    assert skills("Experience supporting C-suite executives.") == []
    assert "C" not in skills("FP-C or CCP-C certification within 12 months.")  # flight, critical care paramedic
    assert skills("Insulation with an R-value of 30, modelled with R and Python.") == ["R", "Python"]
    assert skills("Drivers in C, C/C++ and Objective-C.") == ["C", "C++", "Objective-C"]


def test_a_certificates_name_in_the_capitals_the_lexicon_writes_is_the_credential_not_the_everyday_word() -> None:
    lexicon = bundled_lexicon()
    held = analyse(
        ["PALS – American Heart Association", "Pen pals club", "Chef Ramos cooking award"], lexicon, credentials=True
    )
    assert [a.skills for a in held] == [["PALS"], [], []]
    assert analyse(["PALS – American Heart Association"], lexicon)[0].skills == []  # prose needs its context


def test_a_certificate_named_for_a_product_whose_name_is_also_a_word_certifies_in_the_product() -> None:
    # "Workday" is a working day in prose; opening a certificate's name as the lexicon writes it, it is the product
    # the certificate is in, as "Epic" is the EHR. Written otherwise, or after other words, it is not.
    lexicon = bundled_lexicon()
    held = analyse(
        [
            "Workday Pro Certification, HCM Core",
            "Epic Ambulatory Certification – Epic Systems",
            "workday scheduling certificate",
            "Four-Day Workday Pilot Award",
            "Word of the Year Award",
        ],
        lexicon,
        credentials=True,
    )
    assert [a.skills for a in held] == [["Workday"], ["Epic"], [], [], []]
    assert analyse(["Workday Pro Certification, HCM Core"], lexicon)[0].skills == []  # prose needs its context


def test_a_currency_code_beside_an_amount_is_money_and_names_no_skill() -> None:
    # PHP is the Philippine peso and SGD the Singapore dollar as well as a language and an optimiser.
    assert skills("Salary: PHP 120,000 a month, or 8,000 SGD, or $95k CAD.") == []
    assert "php" not in terms("Salary: PHP 50,000–60,000")
    assert skills("PHP 8 and Laravel 10; tuned SGD 3 times.") == ["PHP", "Laravel", "gradient descent"]


def test_list_marks_and_invisible_characters_stuck_to_a_word_leave_the_word_as_it_is() -> None:
    # Copied from a PDF or a job board: "•Strong", "✓Python", a zero-width space before "SQL".
    assert skills("•Strong communication skills ✓Python \u200bSQL") == ["communication skills", "Python", "SQL"]
    assert {"gcp", "aws"} <= set(terms("Clouds: GCP\\AWS"))
    assert "and/or" not in terms("Python and/or Go")


def test_a_bound_prefix_joined_by_a_hyphen_is_part_of_its_word_and_meets_the_closed_spelling() -> None:
    # "non" of "non-finance partners" would otherwise meet the "non" of "non-profit".
    said = terms("Supported non-finance partners and pre-sales calls at a multi-site firm.")
    assert not {"non", "pre", "multi"} & set(said)
    assert {"sale", "site"} <= set(said)
    assert "finance" not in said  # after "non-", its opposite: partners outside finance
    assert "nonprofit" in terms("Treasurer of a non-profit.") and "nonprofit" in terms("Nonprofit treasurer.")


def test_post_joined_by_a_hyphen_is_a_prefix_not_the_word_post() -> None:
    # "post-merger" and "post-sale" share no work: the "post" of each is the prefix, no post held nor posted.
    assert "post" not in terms("Led the post-merger integration of five stores.")
    assert "post" not in terms("Own the post-sale quote-to-cash process.")
    assert "sale" in terms("Own the post-sale quote-to-cash process.")
    assert "post" in terms("Wrote a weekly post for the company blog.")


def test_a_language_is_named_where_its_context_says_so_not_as_a_nationality() -> None:
    assert skills("Fluent German required.") == ["German"]
    assert skills("Bilingual (English/Spanish) preferred") == ["English", "Spanish"]
    assert skills("Serving Spanish-speaking patients") == ["Spanish"]
    assert skills("Speaking Spanish at an intermediate level") == ["Spanish"]  # any form of "speak" before it
    assert skills("Spoke Portuguese with families at intake") == ["Portuguese"]
    assert skills("We are a German company with offices in Latin America.") == []
    assert skills("Polish the copy before launch.") == []


def test_a_language_one_has_knowledge_or_command_of_is_the_language_not_a_thing_of_its_nation() -> None:
    # Academic, library and archives postings ask for a language to read it: "reading knowledge of French".
    assert skills("Reading knowledge of Spanish or another language other than English") == ["Spanish"]
    assert skills("A working knowledge of German and French is a plus.") == ["German", "French"]
    assert skills("Strong command of Portuguese") == ["Portuguese"]
    # A word in small letters after it goes on with the name: what is known is of that nation, no language.
    assert skills("Knowledge of German tax rules") == []
    assert skills("Knowledge of French cuisine and pastry") == []


def test_a_spoken_language_in_small_letters_is_named_where_its_context_says_it_is_spoken() -> None:
    # A quick classified ad writes names in small letters; "bilingual" or a paired language says what they are.
    assert skills("* bilingual spanish/english REQUIRED") == ["Spanish", "English"]
    assert skills("fluent german a must") == ["German"]
    assert skills("french/italian speakers welcome") == ["French", "Italian"]
    # Elsewhere a word in small letters stays an everyday word: "polish the silver", "a german shepherd".
    assert skills("polish the silver and walk the german shepherd") == []


@pytest.mark.parametrize(
    ("noun", "other"),
    [("chiller", "chill"), ("broker", "broke"), ("damper", "damp"), ("dryer", "dry"), ("fitter", "fit")],
)
def test_a_noun_in_er_and_its_plural_are_one_term_not_a_comparative(noun: str, other: str) -> None:
    # "Service the chiller" in a posting meets "Maintained chillers" in a CV; "chiller" is no form of "chill".
    assert terms(noun) == terms(f"{noun}s") != terms(other)


@pytest.mark.parametrize(
    ("posting", "cv"),
    [("instructor-led training", "Led the night shift"), ("data-driven decisions", "Drove sales"),
     ("cloud-based tools", "Based in Lyon")],
)  # fmt: skip
def test_a_participle_joined_after_a_word_is_no_deed_of_its_own(posting: str, cv: str) -> None:
    # "instructor-led" says how training is given: it meets no bullet that led anything, but stays a phrase.
    assert not set(terms(posting)) & set(terms(cv))
    assert "instructor lead" in set(terms("instructor-led training")) & set(terms("Instructor-led courses"))
    assert "lead" in terms("co-led the audit")  # after a prefix, the word is the deed


@pytest.mark.parametrize(
    ("posting", "cv"),
    [("Experience in a union environment", "Supported 420 employees in a union-free plant"),
     ("Drug testing and background checks", "We are a drug-free workplace"),
     ("Log and triage software errors", "Kept 99% error-free data entry"),
     ("Latex allergy precautions", "Stocked the latex-free supply cart")],
)  # fmt: skip
def test_a_word_joined_before_free_names_what_is_absent_and_is_no_word_of_its_own(posting: str, cv: str) -> None:
    # "union-free" says there is no union: it meets no posting that asks for union experience, but stays a phrase.
    assert not set(terms(posting)) & set(terms(cv)) - {"free"}
    assert "gluten free" in set(terms("Gluten-free baking")) & set(terms("Baked gluten-free breads"))
    assert "union" in terms("Union-represented plant") and "union" in terms("union free time")


@pytest.mark.parametrize(
    ("posting", "cv"),
    [("Track profit and loss for each store", "Led a rebrand for a 30-year-old non-profit"),
     ("Explain findings to technical reviewers", "Wrote guides for non-technical readers"),
     ("Clinical rotations in a hospital", "Covered non-clinical shifts at the front desk")],
)  # fmt: skip
def test_a_word_joined_after_non_names_its_opposite_and_is_no_word_of_its_own(posting: str, cv: str) -> None:
    # "non-profit" says no profit: it meets no posting that asks about profit, but stays a compound of its own.
    assert not set(terms(posting)) & set(terms(cv))
    assert "nonprofit" in set(terms("Non-profit fundraising")) & set(terms("Raised $2M for a non-profit"))
    assert "profit" in terms("Grew profit by 12%")


def test_an_abbreviation_ending_in_s_is_no_plural_of_the_abbreviation_without_it() -> None:
    # CFCS (a financial-crime certificate) is no plural of CFC, which an HVAC posting's refrigerant licence names.
    assert skills("Universal CFC certification required") == []
    assert skills("CFCS preferred") == ["CFCS"]
    assert terms("Exported PDFs") == terms("Exported PDF")  # an abbreviation's plural in capitals still meets it


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Use Toast POS, OpenTable and 7shifts", ["Toast POS", "OpenTable", "7shifts"]),
        ("BASSET and ServSafe Manager certifications", ["BASSET certification", "ServSafe Manager"]),
        ("Lead SQF and BRC audits; PCQI certification preferred", ["SQF", "BRCGS", "auditing", "PCQI"]),
        ("Service mesh experience (Istio or Linkerd)", ["service mesh", "Istio", "Linkerd"]),
    ],
)
def test_a_restaurants_platforms_a_food_plants_schemes_and_a_service_mesh_are_skills(
    text: str, named: list[str]
) -> None:
    assert skills(text) == named


def test_a_noun_in_ing_and_its_plural_are_one_term() -> None:
    # "Plan each wedding" in a posting meets "Booked weddings" in a CV, as "meeting" meets "meetings".
    assert set(terms("Plan each wedding and meeting.")) & set(terms("Booked weddings; ran meetings.")) >= {
        terms("wedding")[0],
        terms("meeting")[0],
    }
    assert terms("buildings") == terms("building") and terms("findings") == terms("finding")
    # A noun kept whole, the trade of catering, keeps its plural whole too.
    assert terms("caterings") == terms("catering") == ["catering"]


def test_a_name_that_opens_a_requirement_judged_a_plus_or_required_is_the_skill() -> None:
    # A posting's item names the language or tool alone and says how much it counts.
    assert skills("Requirements:\n- Spanish a plus\n- Portuguese is a plus") == ["Spanish", "Portuguese"]
    assert skills("• French preferred\n• Excel required") == ["French", "Microsoft Excel"]
    # A word of knowing it may stand between: "Sketch experience is a plus".
    assert skills("- Sketch experience is a plus\n- Spanish proficiency preferred") == ["Sketch", "Spanish"]
    # How much it counts says nothing of what it is: "strongly preferred" is preferred.
    assert skills("- Workday strongly preferred\n- Epic experience is highly desired") == ["Workday", "Epic"]
    assert skills("- German citizenship strongly preferred") == []
    # Not a nationality or a word that goes on, nor a name inside a sentence of its own.
    assert skills("- German citizenship preferred") == []
    assert skills("- Safe driving record required") == []
    assert skills("Our Spanish clients preferred the new menu.") == []


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("- Relativity: 1 year (Preferred)", "Relativity"),
        ("- Go: 3 years (Required)", "Go"),
        ("- Epic: 2 years (Preferred)", "Epic"),
        ("- Excel: 1 year (Required)", "Microsoft Excel"),
    ],
)
def test_a_job_boards_screening_item_asking_for_years_of_a_name_is_the_skill(item: str, skill: str) -> None:
    # Indeed's "Experience:" list names a skill alone, then the years it asks and how much they count.
    assert skills(f"Experience:\n{item}\n- Litigation: 3 years (Required)\n") == [skill, "litigation"]


def test_years_in_a_job_a_screening_item_asks_for_are_no_tool_of_the_jobs_name() -> None:
    # "- Chef: 2 years" asks for years as a chef, not of the DevOps tool Chef.
    assert "Chef" not in skills("Experience:\n- Chef: 2 years (Required)\n- Cooking: 1 year (Preferred)\n")


def test_a_name_opening_a_line_of_words_has_no_list_mate_on_another_line() -> None:
    # Two items of a list, each a requirement of its own: "German" is the nationality, whatever the next line holds.
    assert skills("- German citizenship preferred\n- Safe driving record required") == []
    assert skills("- German citizenship preferred\n- Python required") == ["Python"]
    # Names alone on their lines are a list of names.
    assert skills("- Python\n- Go\n- Rust") == ["Python", "Go", "Rust"]


def test_a_place_named_elk_is_not_the_elk_stack() -> None:
    # Elk Grove, Elk River, Elk City: a place's name, as a posting gives where the job is.
    assert skills("Join our Elk Grove outpatient clinic.") == []
    assert skills("Logging with ELK, Prometheus and Grafana.") == ["ELK stack", "Prometheus", "Grafana"]
    assert skills("Dashboards in the ELK stack.") == ["ELK stack"]


def test_environmental_consulting_terms_are_skills_under_any_of_their_names() -> None:
    assert skills("Ran Phase I ESAs and Phase II environmental site assessments under chain-of-custody.") == [
        "environmental site assessment",
        "chain of custody",
    ]
    assert skills("Wrote reports under the National Environmental Policy Act and at Superfund sites.") == [
        "NEPA",
        "CERCLA",
    ]
    assert skills("Led groundwater sampling and wetland delineation; processed LiDAR in ArcPy.") == [
        "groundwater sampling",
        "wetland delineation",
        "LiDAR",
        "ArcPy",
    ]


def test_a_registered_mark_typed_as_letters_is_not_the_r_language() -> None:
    assert skills("Maintain spreadsheets in Microsoft Excel(R) and ArcGIS(R)") == ["Microsoft Excel", "ArcGIS"]
    assert skills("Reports in SAP(R), Tableau(TM) and Oracle(r)") == ["SAP", "Tableau"]
    # The language in brackets after a space, or named in a list, is still the language.
    assert skills("Statistical software (R) and Stata") == ["R", "Stata"]
    assert skills("Analysis in R, Stata and SAS") == ["R", "Stata", "SAS"]
    # The registry's code for radiography after its letters, spaced or not, is a credential's discipline.
    assert "R" not in skills("ARRT (R) registration required; RT (R)(CT) and R.T.(R) welcome; PACS")
    # Nor is it marked as R where a report highlights a posting that asks for R elsewhere.
    text = "Build models in R. Report in Excel(R)."
    assert [text[a:b] for a, b, _ in locate(text, {"r"}, bundled_lexicon())] == ["R"]


def test_a_list_item_that_opens_with_an_ambiguous_word_is_no_list_mate_of_the_item_above() -> None:
    # "Safe" opens a sentence of its own line; the skill at the end of the line above is another item.
    assert skills("- Kubernetes administration required\n- Safe working habits") == ["Kubernetes"]
    # A skill alone on each line, or a list wrapped at its "or", is still a list.
    assert skills("- Python\n- Go\n- Rust") == ["Python", "Go", "Rust"]
    assert skills("Python, Java or\nGo") == ["Python", "Java", "Go"]


def test_a_sentences_opening_word_is_no_name_the_lexicon_writes_with_inner_capitals() -> None:
    # "SAFe" and "ZeRO" are never written "Safe" and "Zero": at a sentence's opening, before a word in small
    # letters, the capital is the sentence's.
    assert skills("- Safe food handling and sanitation") == ["sanitation"]
    assert skills("Zero downtime releases on Kubernetes.") == ["Kubernetes"]
    assert skills("Scrum, SAFe and Kanban") == ["Scrum", "Scaled Agile Framework", "Kanban"]
    # One that heads a list of names is still the name.
    assert skills("- Arm, RISC-V and x86") == ["ARM", "RISC-V", "x86"]


def test_an_imperative_verb_opening_an_item_is_no_product_though_a_skill_stands_near() -> None:
    # "Compose" and "Sketch" name products (Jetpack Compose, Sketch) and are verbs too: a duty that opens with
    # one before its object in small letters is the verb.
    assert skills("- Compose memos and newsletters for members") == ["newsletters"]
    assert skills("Sketch layouts, then build them in Figma.") == ["Figma"]
    # The name before a connector, or before a word that says it is the skill, is still the product.
    assert skills("- Compose, Kotlin and Coroutines") == ["Jetpack Compose", "Kotlin"]
    assert skills("- Bash scripting and Python") == ["Bash", "Python"]
    # A CV's skill named alone opens with no duty's verb.
    assert analyse(["React hooks"], bundled_lexicon(), names=True)[0].skills == ["React"]


def test_a_kitchens_chef_is_not_the_devops_tool_chef() -> None:
    assert skills("Head Chef, ServSafe certified.") == ["head chef", "ServSafe"]
    assert skills("Worked with Chef Marco as sous chef.") == ["sous chef"]  # a title before a name
    assert skills("We are hiring a Chef with ServSafe certification.") == ["ServSafe"]
    assert skills("Configuration management with Ansible, Chef and Puppet.") == [
        "configuration management",
        "Ansible",
        "Chef",
        "Puppet",
    ]
    assert skills("Experience with Chef.") == ["Chef"]
    # Listed beside a kitchen's title that ends in it, "Chef" is that kitchen's chef: "Chef and/or Sous Chef" lists
    # two cooks, no tool and a title.
    assert skills("Follow instructions from the Chef and/or Sous Chef.") == ["sous chef"]
    assert skills("Reports to the Executive Chef and Chef.") == ["executive chef"]


def test_dbt_the_therapy_and_dbt_the_data_tool_are_not_each_others_evidence() -> None:
    assert skills("Ran DBT skills groups for teens.") == ["dialectical behavior therapy"]
    assert skills("Built dbt models in Snowflake.") == ["dbt", "Snowflake"]


def test_a_sous_chef_is_no_coin_and_catering_to_clients_is_no_catering() -> None:
    assert "sous chef" in terms("Promoted to Sous Chef.") and "sou" not in terms("Sous-vide and sous chefs")
    assert "catering" in skills("Ran off-site catering for 300 guests.")
    assert "catering" not in skills("Catered to clients' needs.")


def test_a_hotels_front_desk_front_office_and_night_audit_are_its_own_terms() -> None:
    # "front" is a stop word: without the entry, "front desk" said only "desk".
    assert "front desk" in terms("Worked the front desk of a 120-room hotel.")
    # The hotel's front office, no office management; its night audit, no financial auditing.
    assert skills("Stood in for the Front Office Manager.") == ["front office"]
    assert skills("Completed the night audit and daily reports.") == ["night audit"]
    assert skills("Night Auditor") == ["night audit"]
    assert skills("Office manager for a dental practice.") == ["office management"]
    assert skills("Led the internal audit of the mill.") == ["internal audit"]


def test_a_backend_for_frontend_is_one_pattern_not_backend_and_frontend_development() -> None:
    assert skills("Built a backend-for-frontend service in Go.") == ["backend for frontend", "Go"]
    assert skills("Backends for Frontends") == ["backend for frontend"]
    assert skills("Shipped backend and frontend features.") == ["backend development", "frontend development"]


def test_accounting_the_profession_is_no_account_of_a_salesperson_or_a_bank() -> None:
    assert "accounting manager" in terms("Accounting Manager, Brightwater Foods")
    assert not {"account", "account manager"} & set(terms("Accounting Manager, Brightwater Foods"))
    assert "accounting" not in terms("Account Manager for 40 key accounts; accounted for 30% of sales.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Prepared 40 CMAs a year for sellers and priced homes to sell.", []),  # a realtor's market analyses
        ("Requirements:\n- Prepare a CMA for every listing appointment\n", []),
        ("Requirements:\n- CPA or CMA preferred\n", ["CPA", "CMA"]),  # an accountant's credentials, listed
        ("Requirements:\n- CMA certification\n", ["CMA"]),
        ("Certifications: CFA, CMA", ["CFA", "CMA"]),
    ],
)
def test_cma_is_the_management_accountant_only_where_its_context_names_a_credential(
    text: str, found: list[str]
) -> None:
    assert [s for s in analyse([text], bundled_lexicon())[0].skills if s in ("CPA", "CMA", "CFA")] == found


def test_an_acronym_in_brackets_after_its_words_means_those_words() -> None:
    lexicon = bundled_lexicon()

    def skills(text: str) -> list[str]:
        return analyse([text], lexicon)[0].skills

    assert skills("Knowledge of Good Clinical Practice (GCP) guidelines") == ["Good Clinical Practice"]
    # The credential, no root cause analysis.
    assert skills("Relativity Certified Administrator (RCA) preferred") == ["Relativity Certified Administrator"]
    assert skills("Experience with Google Cloud Platform (GCP)") == ["GCP"]
    assert skills("Deploy on GCP and AWS") == ["GCP", "AWS"]  # no brackets, no words: the acronym as it is
    # Words in lower case, and small words whose letters the acronym keeps, abbreviate all the same.
    assert skills("Drafted reservation-of-rights (ROR) letters") == ["reservation of rights"]  # no Ruby on Rails
    assert skills("Fitted by maximum likelihood (ML) estimation") == []  # no machine learning
    assert skills("Built two apps in Ruby on Rails (RoR)") == ["Ruby on Rails"]
    assert skills("Built two apps in RoR") == ["Ruby on Rails"]


def test_a_credential_named_for_whom_it_certifies_with_its_letters_in_brackets_is_that_credential() -> None:
    lexicon = bundled_lexicon()

    def skills(text: str) -> list[str]:
        return analyse([text], lexicon)[0].skills

    # The lexicon names it "critical care registered nurse certification", the job's name being the credential's
    # words; written with its letters after them, the words name the credential, and "Registered Nurse", the
    # last two of them, is not what the letters spell out.
    assert "CCRN" in skills("Critical Care Registered Nurse (CCRN), AACN")
    assert "CCRN" in skills("Critical Care Registered Nurse (CCRN) certification")
    assert skills("Certified Pediatric Nurse (CPN)") == ["CPN"]
    # The job of that name, with no letters, stays the job's words.
    assert "CCRN" not in skills("Critical Care Registered Nurse, Mercy General")


def test_a_credential_or_a_law_written_out_before_its_letters_is_still_that_skill() -> None:
    lexicon = bundled_lexicon()

    def skills(text: str) -> list[str]:
        return analyse([text], lexicon)[0].skills

    # Words the lexicon does not know as the letters' make them no skill ("maximum likelihood (ML)"), so a credential
    # or a law is known by the words it is written out in.
    assert skills("Certified Information Systems Security Professional (CISSP), 2021") == ["CISSP"]
    assert skills("Knowledge of the Health Insurance Portability and Accountability Act (HIPAA)") == ["HIPAA"]
    assert skills("Chartered Institute of Personnel and Development (CIPD) Level 5") == ["CIPD"]


def test_a_name_with_the_initials_of_its_first_words_in_brackets_inside_it_is_that_name() -> None:
    # The lexicon names "property and casualty license"; a posting gives the initials of the lines of
    # authority in brackets before its last word, as "Licensed Clinical Social Worker (LCSW)" gives them after.
    assert skills("Hold an active Property & Casualty (P&C) license") == ["property and casualty license"]
    assert skills("Licensed Clinical Social Worker (LCSW), active") == ["LCSW"]
    # Brackets whose letters abbreviate nothing before them keep the words apart.
    assert skills("Property and Casualty (see below) license") == []


def test_an_acronym_in_brackets_after_its_own_name_hyphenated_another_way_is_still_that_skill() -> None:
    lexicon = bundled_lexicon()

    def skills(text: str) -> list[str]:
        return analyse([text], lexicon)[0].skills

    # The lexicon writes "first-in first-out"; a posting joins every word, and still means FIFO.
    assert skills("Rotate stock first-in-first-out (FIFO) every shift") == ["FIFO"]
    assert skills("Rotate stock first in first out (FIFO) every shift") == ["FIFO"]
    # Words that are none of its names still make the letters no skill.
    assert skills("Fitted by maximum likelihood (ML) estimation") == []


def test_an_acronym_with_its_words_in_brackets_after_it_means_those_words() -> None:
    lexicon = bundled_lexicon()

    def skills(text: str) -> list[str]:
        return analyse([text], lexicon)[0].skills

    # A plant's CI is continuous improvement, not a software team's CI/CD, when the posting says so.
    assert skills("Support CI (continuous improvement) projects on the line") == ["process improvement"]
    assert "CI/CD" not in skills("Lead CI (Continuous Improvement) events and 5S audits")
    # Words that are no skill make the letters none either; words that are one of its names keep it.
    assert skills("File an RCA (request for corrective action) with the supplier") == []  # no root cause analysis
    assert skills("Run CI (continuous integration) pipelines in Jenkins") == ["CI/CD", "Jenkins"]
    # Brackets that do not spell the letters out leave the acronym as it is.
    assert skills("Maintain CI (Jenkins) pipelines") == ["CI/CD", "Jenkins"]


def test_developed_and_developing_meet_develop() -> None:
    assert "develop onboarding" in terms("Developed onboarding plans")
    assert "develop onboarding" in terms("You will develop onboarding plans")
    assert "develop" in terms("Developing a new curriculum") and "develope" not in terms("Developed and developing")


def test_criteria_are_the_plural_of_criterion_not_a_cycle_race() -> None:
    assert "criterion" in terms("Mapped lessons to assessment criteria.") and "criterion" in terms("One criterion")
    assert "criterium" not in terms("Mapped lessons to assessment criteria.")


def test_a_number_is_a_number_not_the_comparative_of_numb() -> None:
    assert "copy number" in terms("Measured gene copy number.") and "numb" not in terms("A number of assays.")
    assert "number" in terms("Checked lot numbers.")


def test_sales_tools_named_like_everyday_words_are_skills_only_where_the_context_says_so() -> None:
    assert skills("Proficiency with Salesforce, Outreach and Gong") == ["Salesforce", "Outreach", "Gong"]
    assert skills("Sequenced accounts in Outreach.io and reviewed calls in Gong.io") == ["Outreach", "Gong"]
    assert skills("Built prospect lists in ZoomInfo") == ["ZoomInfo"]
    assert skills("MEDDICC Certified") == skills("Qualified with MEDDPICC") == ["MEDDIC"]
    assert skills("Led community outreach to local schools") == []
    assert skills("Outreach events for families; the gong rang at noon") == []


def test_an_account_managers_platforms_reviews_and_retention_are_skills() -> None:
    assert skills("Monitor health scores in Gainsight; inspect deals in Clari") == ["Gainsight", "Clari"]
    assert skills("Lead quarterly business reviews and grow NRR") == ["QBR", "net revenue retention"]
    assert skills("Ran QBRs; net revenue retention 121%") == ["QBR", "net revenue retention"]


def test_locate_finds_each_search_its_own_terms_in_a_text_searched_before() -> None:
    # The rules of keywords search one posting's text a dozen times, each for its own few terms: a text read once
    # for one search answers the next as a first reading of it would, the words and the "~" of an everyday word alike.
    text = "Plan community outreach and health care events; log leads in Outreach and HubSpot. Staff the ICUs."
    searches = [{"outreach", "health care"}, {"healthcare", "icu"}, {"outreach~", "event plan"}, {"hubspot", "log"}]
    lexicon = bundled_lexicon()
    first = [locate(text, terms, lexicon) for terms in searches]
    again = [locate(text, terms, lexicon) for terms in reversed(searches)][::-1]
    assert first == again
    assert [[text[a:b] for a, b, _ in spans] for spans in first] == [
        ["Outreach"],
        ["health care", "ICUs"],
        ["outreach"],
        ["log", "HubSpot"],
    ]


def test_a_tool_named_like_an_everyday_word_is_located_only_where_the_context_names_the_tool() -> None:
    text = "Comfort with cold outreach. Experience with Salesforce, Outreach and Gong."
    spans = locate(text, {"outreach", "gong"}, bundled_lexicon())
    assert [(text[s:e], term) for s, e, term in spans] == [("Outreach", "outreach"), ("Gong", "gong")]


def test_a_sales_development_rep_is_the_same_skill_by_its_initials() -> None:
    assert skills("1+ year as an SDR or BDR") == ["sales development"]
    assert skills("Promoted from Sales Development Representative") == ["sales development"]
    assert skills("Managed a team of six SDRs") == ["team leadership", "sales development"]  # a team managed, too


def test_a_seller_who_builds_pipeline_names_no_ci_cd_which_its_own_names_still_do() -> None:
    # "Build pipeline" is what a seller does with prospects; "build pipelines" lemmatise to the same words.
    assert "CI/CD" not in skills("Partner with your BDR to build pipeline and close new logos.")
    assert "CI/CD" not in skills("Building pipeline through cold calls and referrals")
    assert "CI/CD" in skills("Maintained CI build pipelines in Jenkins")


def test_an_hourly_rate_is_pay_not_human_resources() -> None:
    assert skills("Dishwasher, $18-21/hr DOE, weekends.") == []
    assert skills("Three 12-hr shifts a week, or 8 hr shifts; 40 hrs a week.") == []
    assert skills("Starting at $19.50 / hr or $20 per hr with tips.") == []
    assert skills("Partner with HR on hiring; HR/payroll systems.") == ["human resources", "payroll"]
    assert skills("Hired 3 HR generalists.") == ["human resources"]  # a count of people, not a rate


def test_hr_among_vital_signs_is_the_heart_rate_not_human_resources() -> None:
    assert skills("Measure and record vital signs (BP, HR, temperature, SpO2, weight).") == ["vital signs"]
    assert skills("Charted HR and RR every hour; reported a pulse over 120.") == []
    assert skills("Took vitals: temp, pulse, HR.") == ["vital signs"]
    assert skills("Partnered with HR and payroll on onboarding.") == ["human resources", "payroll"]
    assert skills("An HR generalist for a clinic's 40 nurses.") == ["human resources"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Experience building a research repository (e.g., Dovetail).", ["Dovetail"]),
        ("A design tool such as Sketch.", ["Sketch"]),
        ("Modern web frameworks, including React.", ["React"]),
        ("Joinery such as dovetail joints.", []),
        ("Guests such as Chef Marco.", []),
    ],
)
def test_a_capitalised_name_of_two_meanings_after_an_examples_lead_in_is_the_tool(text: str, found: list[str]) -> None:
    assert skills(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Checked the plans in Revit, Bluebeam and ADA checklists.", ["Revit", "Bluebeam"]),  # the disabilities act
        ("Wrote the flight software in Ada, C and SPARK.", ["Ada", "C", "Spark"]),
        ("CPP or FPC certification preferred.", ["Certified Payroll Professional"]),  # no C++
        ("SKILLS: PYTHON, GO, RUST", ["Python", "Go", "Rust"]),  # a line all in capitals says nothing of case
    ],
)
def test_a_name_of_two_meanings_written_in_capitals_its_own_spelling_lacks_is_an_acronym_of_another_thing(
    text: str, found: list[str]
) -> None:
    assert skills(text) == found


def test_a_cv_skill_named_in_capitals_its_own_spelling_lacks_is_no_such_skill() -> None:
    named = analyse(["ADA", "Ada", "SWIFT"], bundled_lexicon(), names=True)
    assert [a.skills for a in named] == [[], ["Ada"], []]


def test_a_skill_written_with_its_own_abbreviation_is_no_mention_of_another_skill_of_those_letters() -> None:
    # "GCP" alone is Google Cloud; in "ICH-GCP" it abbreviates Good Clinical Practice itself.
    analysis = analyse(["Trained coordinators on consent under ICH-GCP."], bundled_lexicon())[0]
    assert analysis.skills == ["Good Clinical Practice"]
    assert "gcp" not in analysis.terms and "good clinical practice" in analysis.terms
    assert "gcp" in terms("Deployed services on GCP and AWS.")


def test_versions_listed_with_a_slash_each_name_the_system() -> None:
    # "Windows 10/11" was one token "10/11", so no version made a name: a CV's skills line of it named no Windows.
    lexicon = bundled_lexicon()
    (listed,) = analyse(["Windows 10/11"], lexicon, names=True)
    assert listed.skills == ["Microsoft Windows"]
    (server,) = analyse(["Windows Server 2016/2019"], lexicon, names=True)
    assert server.skills == ["Windows Server"]


def test_a_skill_named_by_its_version_also_says_its_name_s_head_word() -> None:
    # "Microsoft Windows" written out says "windows"; "Windows 11" said only the skill, so a bullet about Windows 11
    # laptops met nothing of a posting's "Windows based software". A standard ending in its number has no such head.
    lexicon = bundled_lexicon()
    (bullet,) = analyse(["Deployed 350 Windows 11 laptops."], lexicon)
    (posting,) = analyse(["Support Windows based software."], lexicon)
    assert "window" in bullet.terms
    assert "window" in posting.terms
    (standard,) = analyse(["Ran ISO 9001 audits."], lexicon)
    assert "iso" not in standard.terms


@pytest.mark.parametrize("version", ["Microsoft 365", "Office 365", "office 365"])
def test_a_product_named_by_its_version_says_no_everyday_word_its_name_ends_in(version: str) -> None:
    # "Microsoft 365" is Microsoft Office, which written out says no "office" (a product's last word is no word of its
    # own): a skills list naming it met every posting's "our Chicago office" or "3 days in office".
    lexicon = bundled_lexicon()
    (skill,) = analyse([f"Proficient in {version} (Word, Excel, Outlook)"], lexicon)
    assert "microsoft office" in skill.terms and "office" not in skill.terms
    (posting,) = analyse(["Hybrid schedule: 3 days a week in our Chicago office."], lexicon)
    assert "office" in posting.terms
    # Windows is the product's own name: "Windows 11" still says it.
    assert "window" in analyse(["Deployed 350 Windows 11 laptops."], lexicon)[0].terms


def test_an_apostrophe_typed_as_an_accent_or_a_letter_is_an_apostrophe() -> None:
    # Keyboards of other languages type "supplier´s" (U+00B4) or "supplierʼs" (U+02BC): the word is "supplier".
    for written in ("supplier\u00b4s", "supplier\u02bcs", "supplier's"):
        assert "supplier" in analyse([f"Checked every {written} invoice."])[0].terms


def test_a_slash_that_ends_a_word_is_no_part_of_it() -> None:
    found = analyse(["Raise orders in SAP/ by hand and/ or in C++/ CUDA."], bundled_lexicon())[0]
    assert {"SAP", "C++", "CUDA"} <= set(found.skills)
    assert not any(term.endswith("/") for term in found.terms)


def test_a_list_mark_written_against_the_first_word_is_no_part_of_it() -> None:
    lines = ["-Selenium and Cypress suites", "–Python scripting", "—Tableau dashboards", "Keep -20 °C freezers"]
    found = analyse(lines, bundled_lexicon())
    assert [set(f.skills) & {"Selenium", "Python", "Tableau"} for f in found[:3]] == [
        {"Selenium"},
        {"Python"},
        {"Tableau"},
    ]
    assert "-20" in [token.text for token in nlp()("keep -20 °c freezers")]  # a minus before a figure is its sign


def test_pacs_the_imaging_archive_is_no_plural_of_a_pac() -> None:
    lexicon = bundled_lexicon()
    assert "PACS" in analyse(["Read studies in PACS and RIS"], lexicon)[0].skills
    assert "PACS" not in analyse(["PLC and PAC programming"], lexicon)[0].skills


def test_customs_at_a_border_is_no_plural_of_a_custom() -> None:
    assert "customs" in terms("Prepared customs documentation for loans abroad")
    assert "custom" in terms("Built custom mounts for the exhibition")
    assert "custom" not in terms("Prepared customs documentation for loans abroad")


def test_a_bracket_beside_a_slash_is_no_part_of_the_words_either_side() -> None:
    # "(Kafka)/Message Queues" and "Docker/(Kubernetes)": each name stands alone, as with spaces.
    found = analyse(["Streaming (Kafka)/Message Queues; Docker/(Kubernetes); [AWS]/Azure"], bundled_lexicon())[0]
    assert {"Kafka", "Docker", "Kubernetes", "AWS", "Azure"} <= set(found.skills)
    assert not any(")" in term or "(" in term or "]" in term for term in found.terms)


def test_an_acronym_written_with_a_small_letter_inside_is_another_one() -> None:
    # A network access server's "MnT" (monitoring and troubleshooting) role is no MNT, medical nutrition therapy,
    # which the lexicon writes only in capitals; names it writes so themselves ("iOS", "SaaS", "IoT") stay names.
    assert "medical nutrition therapy" not in skills("Run the PAN, PSN and MnT nodes.")
    assert skills("Provided MNT to renal patients.") == ["medical nutrition therapy"]
    assert {"iOS", "SaaS", "IoT"} <= set(skills("Shipped iOS apps for a SaaS and IoT platform."))


@pytest.mark.parametrize(
    "text",
    [
        "Support our team leading field staff on three job sites",
        "Work with the team leading nursing assistants on night shifts",
    ],
)
def test_a_noun_and_a_participle_with_its_object_are_no_skill_named_by_the_noun(text: str) -> None:
    # "team leading field staff" is a team that leads them, not the skill of a team lead.
    assert "team leadership" not in analyse([text], bundled_lexicon())[0].skills


@pytest.mark.parametrize("text", ["Excellent team leading skills", "Team lead for the night crew", "Team leading"])
def test_a_skills_name_in_its_ing_form_before_what_a_skill_is_stays_the_skill(text: str) -> None:
    assert "team leadership" in analyse([text], bundled_lexicon())[0].skills


def test_a_grids_ems_and_sel_are_its_energy_management_system_and_relays() -> None:
    grid = "Integrate the plant into the TSO's EMS; program SEL Real Time Automation Controllers at the substation."
    assert {"energy management systems", "protective relaying"} <= set(skills(grid))
    assert not {"emergency medical services", "social-emotional learning"} & set(skills(grid))
    assert "emergency medical services" in skills("Paramedic with five years of EMS experience.")
    assert "social-emotional learning" in skills("Teach SEL lessons to students.")


def test_dynamic_and_static_security_testing_are_two_skills() -> None:
    found = skills("Strong experience integrating DAST, SAST or IAST, and SCA tools.")
    assert {"DAST", "static analysis"} <= set(found)


def test_qc_is_quality_control_as_a_noun_or_a_verb_but_no_provinces_code() -> None:
    assert skills("Kept a 98% accuracy rate on QC samples.") == ["quality control"]
    assert skills("Trained 14 contract reviewers and QC'd their coding.") == ["quality control"]
    assert skills("QA'd each release.") == ["quality assurance"]
    assert skills("Sampling, QC, and release of batches.") == ["quality control"]
    # An address's "QC" is Quebec: after its place's name, before its postal code or at the line's end.
    assert "quality control" not in skills("Office: 1000 Rue Sherbrooke, Montréal, QC H3B 2Y5")
    assert "quality control" not in skills("Location: Laval, QC")
    assert "quality control" not in skills("Hybrid in Montreal, QC or Toronto, ON")


def test_a_law_degree_and_bar_admission_are_credentials_and_litigation_support_a_job_of_its_own() -> None:
    assert skills("J.D. from an ABA-accredited law school; active bar license in good standing.") == [
        "Juris Doctor",
        "bar admission",
    ]
    assert skills("Licensed attorney; Juris Doctor required.") == ["bar admission", "Juris Doctor"]
    # Discovery's requests for admission admit facts, no lawyer; a job description and an ERP are no law degree.
    assert skills("Drafted requests for admission and interrogatories.") == []
    assert skills("Please read the attached JD.") == []
    assert skills("Experience with SAP, JD Edwards or Oracle.") == ["SAP", "JD Edwards"]
    # A firm's litigation support team runs its cases' technology: no other name for litigation.
    assert skills("Coordinate productions with the Litigation Support team.") == ["litigation support"]
    assert skills("Civil litigation paralegal.") == ["litigation"]


def test_an_enhanced_dbs_check_is_a_uk_background_check_and_dbs_alone_no_skill() -> None:
    assert skills("Subject to an enhanced DBS check.") == ["DBS check"]
    assert skills("Perform Oracle and SQL Server Dbs with Aqua Data Studio.") == ["SQL Server"]


def test_a_deep_dive_is_a_dive_in_every_form_not_a_diva() -> None:
    # The lookup table reads "dive" as "diva" and "dives" as "dive": a posting's "dive into the data" met no
    # analyst's "dives into ledgers", and was shown as the matched term "diva".
    terms = [set(a.terms) for a in analyse(["Dive deep into the data.", "Dives into ledgers.", "Led a deep dive."])]
    assert all("dive" in found and "diva" not in found for found in terms)


def test_a_foundrys_castings_are_no_cast_of_a_play() -> None:
    (parts,) = analyse(["Sourced castings and forgings."])
    (play,) = analyse(["Worked with the cast and the casting director."])
    assert "castings" in parts.terms and "forgings" in parts.terms
    assert "castings" not in play.terms and "cast" in play.terms


def test_a_projects_phases_are_its_phase_and_a_paraphrase_is_no_paraphrasis() -> None:
    # The lemma table reads "phases" as the plural of "phasis" and "paraphrases" of "paraphrasis", words English does
    # not use: a roads engineer's posting asking for work "through construction phases" never met a CV whose bullet
    # "managed each construction phase".
    posting, cv = analyse(
        ["Carry projects from planning through construction phases.", "Managed each construction phase."]
    )
    assert "construction phase" in posting.terms and "construction phase" in cv.terms
    assert not any("phasis" in term for term in posting.terms)
    (quoted,) = analyse(["Paraphrases sources accurately."])
    assert "paraphrase" in quoted.terms and "paraphrasis" not in quoted.terms


def test_leading_quality_assurance_is_the_hotel_auditors_name_only_where_written_so() -> None:
    # LQA (Leading Quality Assurance) audits luxury hotels; an engineer who "may lead quality assurance/quality
    # control" on projects is asked for no hotel standard, and was counted as lacking it.
    assert "LQA" not in skills("You may lead quality assurance/quality control on complex projects.")
    assert "LQA" not in skills("Leading quality assurance reviews across the design team.")
    assert "LQA" in skills("Prepared the front office for the annual LQA audit.")


def test_the_findings_of_an_audit_or_an_investigation_are_a_noun_of_their_own_no_generic_find() -> None:
    # "find" is a word every posting says; what an audit, an inspection or an investigation found is no such word.
    posting, cv, other = analyse(
        [
            "Conduct workplace investigations and remediate each audit finding.",
            "Closed 14 internal audit findings; wrote findings reports for counsel.",
            "Find and fix defects.",
        ]
    )
    assert {"finding", "audit finding"} <= set(posting.terms) & set(cv.terms)
    assert "finding report" in cv.terms and "find" not in posting.terms and "finding" not in other.terms


@pytest.mark.parametrize("quote", ["", '"', "“"])
def test_letters_a_text_defines_in_quotes_within_brackets_are_what_its_words_spell(quote: str) -> None:
    # A company defining its own letters ("Economic Foundation Model (“EFM”)") names no electronic fetal monitoring,
    # as without the quotes.
    close = "”" if quote == "“" else quote
    said = skills(f"Acme is an Economic Foundation Model ({quote}EFM{close}) that studies how firms sell.")
    assert "electronic fetal monitoring" not in said
    assert skills(f"Follow Good Clinical Practice ({quote}GCP{close}) rules.") == ["Good Clinical Practice"]


def test_an_ambiguous_name_not_taken_as_the_skill_leaves_its_words_to_the_name_it_overlapped() -> None:
    # "common application" is the college application's name, ambiguous, and longer than "application security",
    # which it overlaps: in small letters it is no skill, and the words it took name the one that is.
    assert skills("Know common application security flaws.") == ["application security"]
    assert skills("Students applied through PowerSchool and the Common Application.") == ["PowerSchool", "Common App"]


def test_an_ambiguous_name_that_opens_an_institutions_name_is_no_skill_whatever_it_is_listed_with() -> None:
    lexicon = bundled_lexicon()
    # A degree named beside the school is a skill of its own; the school's first word is no machine or language.
    (education,) = analyse(["MBA, Haas School of Business; BS, Rust College"], lexicon)
    assert {"Haas", "Rust"}.isdisjoint(education.skills)
    assert analyse(["Ran Haas, Mazak and Okuma mills; wrote Python, Rust and Go."], lexicon)[0].skills == [
        "Haas",
        "Mazak",
        "Okuma",
        "Python",
        "Rust",
        "Go",
    ]


def test_soc_is_a_security_operations_center_but_a_system_on_a_chip_or_a_start_of_care_in_their_trades() -> None:
    lexicon = bundled_lexicon()
    (team,) = analyse(["Ran a 24x7 SOC of nine analysts; triaged incidents from the SIEM."], lexicon)
    (chip,) = analyse(["Wrote firmware for the Renesas R-Car SOC and its camera interfaces."], lexicon)
    (both,) = analyse(["Our SOC's embedded analysts triage firmware alerts."], lexicon)  # a security team's alerts
    assert "security operations center" in team.skills and "system on a chip" not in team.skills
    assert "system on a chip" in chip.skills and "security operations center" not in chip.skills
    assert "security operations center" in both.skills
    assert "system on a chip" in analyse(["Designed a system-on-chip for hearing aids."], lexicon)[0].skills
    (visits,) = analyse(["Perform SOC, ROC and recertification visits with OASIS documentation."], lexicon)
    assert "start of care" in visits.skills and "security operations center" not in visits.skills


def test_ir_and_cti_are_incident_response_and_threat_intelligence_only_where_security_is_spoken_of() -> None:
    lexicon = bundled_lexicon()
    (breach,) = analyse(["Led IR for a ransomware intrusion and briefed leadership on containment."], lexicon)
    (feeds,) = analyse(["Turned CTI on phishing crews into detections for the SOC."], lexicon)
    (investors,) = analyse(["Drafted IR materials for quarterly earnings calls and the annual report."], lexicon)
    (optics,) = analyse(["Calibrated IR cameras and aligned the laser optics."], lexicon)
    (calls,) = analyse(["Integrated CTI with the contact center's IVR and screen pops."], lexicon)
    assert "incident response" in breach.skills and "threat intelligence" in feeds.skills
    assert "incident response" not in investors.skills and "incident response" not in optics.skills
    assert "threat intelligence" not in calls.skills


def test_premiere_rush_and_elements_are_products_of_their_own_not_premiere_pro() -> None:
    # "Adobe Premiere" is an alias of Premiere Pro; the lighter editors' names open with it, and a reporter who cut
    # phone clips in Rush does not claim the professional editor a video producer's posting asks for.
    lexicon = bundled_lexicon()
    (rush,) = analyse(["Shot and edited short videos with Adobe Premiere Rush."], lexicon)
    (elements,) = analyse(["Cut family event videos in Premiere Elements."], lexicon)
    (pro,) = analyse(["Edited the weekly show in Adobe Premiere and After Effects."], lexicon)
    assert "Adobe Premiere Rush" in rush.skills and "Adobe Premiere Pro" not in rush.skills
    assert "Adobe Premiere Elements" in elements.skills and "Adobe Premiere Pro" not in elements.skills
    assert "Adobe Premiere Pro" in pro.skills


def test_cbt_is_cognitive_behavioral_therapy_only_where_talking_therapy_is_spoken_of() -> None:
    lexicon = bundled_lexicon()
    (therapist,) = analyse(["Delivered CBT to adults with anxiety and panic disorder."], lexicon)
    (clinic,) = analyse(["Used CBT and motivational interviewing in a community mental health clinic."], lexicon)
    (engineer,) = analyse(["SBE certification (CBT or CBRE) required; RF systems and Linux."], lexicon)
    (course,) = analyse(["Completed the annual CBT modules on forklift safety and lockout/tagout."], lexicon)
    assert "cognitive behavioral therapy" in therapist.skills and "cognitive behavioral therapy" in clinic.skills
    assert "cognitive behavioral therapy" not in engineer.skills and "cognitive behavioral therapy" not in course.skills
    # Spelled out, it is the therapy in any text.
    (named,) = analyse(["Trained in cognitive behavioral therapy."], lexicon)
    assert "cognitive behavioral therapy" in named.skills


def test_dr_is_disaster_recovery_only_where_backups_failover_or_recovery_objectives_are_spoken_of() -> None:
    # A sysadmin's "RTO 4 hrs met in the DR test" is the disaster recovery a posting asks for; a doctor, the DR
    # Congo or a plan with nothing said of recovering systems is not.
    lexicon = bundled_lexicon()
    (test,) = analyse(["Ran quarterly restore tests; RTO of 4 hrs met in the 2023 DR exercise."], lexicon)
    (site,) = analyse(["Moved the DR site to Azure with Zerto failover."], lexicon)
    (doctor,) = analyse(["Assisted Dr. Okafor with the DR Congo field survey."], lexicon)
    assert "disaster recovery" in test.skills and "disaster recovery" in site.skills
    assert "disaster recovery" not in doctor.skills


def test_ad_and_gpo_are_active_directory_and_group_policy_only_beside_a_windows_networks_other_parts() -> None:
    # A sysadmin posting's "AD/GPO, DNS/DHCP" asked for neither Active Directory nor Group Policy: the letters were no
    # name of them. Elsewhere they are an advertisement, Alzheimer's disease, an airworthiness directive, a group
    # purchasing organisation.
    lexicon = bundled_lexicon()
    (posting,) = analyse(["3+ years with AD/GPO, DNS/DHCP and Windows Server 2016+."], lexicon)
    (bullet,) = analyse(["Ran Windows Server infrastructure (AD, DNS, DHCP, DFS) for 380 users."], lexicon)
    assert {"Active Directory", "Group Policy"} <= set(posting.skills)
    assert "Active Directory" in bullet.skills
    others = [
        "Placed AD campaigns on Meta and Google.",
        "Care for residents with AD and other dementias.",
        "Complied with each AD and service bulletin on the fleet.",
        "Negotiate GPO contracts with Vizient and Premier.",
    ]
    for said in analyse(others, lexicon):
        assert not {"Active Directory", "Group Policy"} & set(said.skills)


def test_ats_is_an_applicant_tracking_system_but_an_automatic_transfer_switch_in_an_electrical_text() -> None:
    lexicon = bundled_lexicon()
    (power,) = analyse(["Install and test generators, switchgear and ATS units in data centers."], lexicon)
    (hiring,) = analyse(["Schedule candidate interviews and keep the ATS current."], lexicon)
    (both,) = analyse(["Post the electrician openings and screen candidates in our ATS."], lexicon)
    assert "automatic transfer switch" in power.skills and "applicant tracking systems" not in power.skills
    assert "applicant tracking systems" in hiring.skills and "automatic transfer switch" not in hiring.skills
    assert "applicant tracking systems" in both.skills  # a recruiter hiring electricians tracks applicants


@pytest.mark.parametrize(
    "text",
    [
        "5+ years of software or data engineering experience.",
        "Two years' experience in a Level I trauma center.",
        "A minimum of 3-5 years of related experience.",
        "10+ yrs experience leading teams.",
    ],
)
def test_a_span_of_time_a_figure_counts_and_its_experience_are_no_terms(text: str) -> None:
    terms = analyse([text])[0].terms
    assert not {"year", "yrs", "experience"} & set(terms), terms


def test_a_year_no_figure_counts_and_an_experience_of_its_own_stay_terms() -> None:
    assert "year" in analyse(["Cut write-offs by $780K a year."])[0].terms  # a rate, no span asked for
    assert "year" in analyse(["Closed the books for the fiscal year."])[0].terms
    assert "patient experience" in analyse(["Improve the patient experience."])[0].terms


def test_the_experience_that_opens_a_requirement_is_no_term() -> None:
    terms = analyse(["Experience with Spark and Airflow; experience in healthcare data."])[0].terms
    assert "experience" not in terms and {"spark", "airflow", "healthcare"} <= set(terms)


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Pharmacist at a 1,500-bed academic medical center.", "bed"), ("Negotiated 3-year agreements.", "year"),
     ("Read 12-lead ECGs on a 24-hour unit.", "lead")],
)  # fmt: skip
def test_a_word_joined_to_a_figure_is_its_unit_and_no_term(text: str, unit: str) -> None:
    assert unit not in analyse([text])[0].terms
    assert "bed" in analyse(["Managed bed flow for the unit."])[0].terms  # the word alone is a word


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Professional Engineer (PE): North Carolina #045872", "PE license"),
        ("Certified Public Accountant (CPA): Ohio", "CPA"),
    ],
)
def test_a_bracket_closed_before_a_colon_is_punctuation_not_an_emoticon(text: str, skill: str) -> None:
    # spaCy keeps "):" whole as an emoticon, and a name the lexicon knows with its bracket ("Professional
    # Engineer (PE)") was no longer found before the colon after it.
    assert skill in analyse([text], bundled_lexicon())[0].skills


def test_a_word_of_work_after_what_it_works_on_heads_its_own_phrase_and_shares_no_head_after_and() -> None:
    lexicon = bundled_lexicon()
    texts = [
        "Serve as design manager on pursuits, including ATC development and QC reviews",  # no development review
        "Wrote unit and integration tests",  # a modifier after a verb shares the head
        "Led data collection and analysis",  # the first word shared, as before
    ]
    assert shared_skills(texts, lexicon) == [frozenset(), {"unit testing"}, {"data analysis"}]


def test_a_list_opened_by_a_verb_shares_its_head_with_no_word_before_that_verb() -> None:
    lexicon = bundled_lexicon()
    texts = [
        # "engineer" is no item of the list "enforcing" opens: no engineering controls asked
        "Serves as the engineer, enforcing grading, sediment and erosion controls",
        "Wrote unit, integration and regression tests",  # a list that opens with its first item, as before
    ]
    assert shared_skills(texts, lexicon) == [frozenset(), {"unit testing", "integration testing"}]


def test_a_modifier_shares_a_head_after_and_though_the_word_between_is_a_function_word_of_a_name() -> None:
    # "back" is one of spaCy's stop words, so "front and back of house" said only back of house: the words between
    # the coordinator and the head make a name with it, and the modifier before the coordinator shares that head.
    lexicon = bundled_lexicon()
    texts = [
        "Oversee front and back of house operations",
        "Train staff in the front and back of the house",  # no shared head: "the" stands between
    ]
    assert shared_skills(texts, lexicon) == [{"front of house"}, frozenset()]


def test_whom_the_job_reports_to_shares_no_report_with_the_words_before_and() -> None:
    lexicon = bundled_lexicon()
    texts = [
        "Join the Management department and report to its director",  # no management reporting
        "Owns management accounting and reporting to the board",  # a noun it may be: shared
    ]
    assert shared_skills(texts, lexicon) == [frozenset(), {"financial reporting"}]


def test_a_quality_after_what_has_it_heads_its_own_phrase_and_shares_no_head_after_and() -> None:
    lexicon = bundled_lexicon()
    texts = [
        "Mentor junior developers to ensure code quality and continuous improvement",  # no quality improvement
        "Ensure quality and continuous improvement",  # a verb's object, a head all the same
        "Lead patient safety and quality improvement projects",  # said whole, as ever
    ]
    assert shared_skills(texts, lexicon) == [frozenset(), frozenset(), frozenset()]
    assert "quality improvement" in analyse(texts[2:], lexicon)[0].skills


def test_atc_is_alternative_technical_concepts_but_air_traffic_control_or_a_signal_controller_in_their_trades() -> None:
    lexicon = bundled_lexicon()
    (pursuit,) = analyse(["Coordinated ATCs, QC reviews and RFC packages for the design-build team."], lexicon)
    (tower,) = analyse(["Coordinated with ATC on runway closures for the airport."], lexicon)
    (cabinet,) = analyse(["Replaced controllers in 40 signal cabinets with ATC units and NEMA TS2 detection."], lexicon)
    assert "alternative technical concepts" in pursuit.skills
    assert "air traffic control" in tower.skills and "alternative technical concepts" not in tower.skills
    assert cabinet.skills == ["Advanced Transportation Controller"]
    spelled = analyse(["Develop Alternative Technical Concepts (ATCs) with estimators"], lexicon)[0]
    assert spelled.skills == ["alternative technical concepts"]


def test_a_chips_mixed_signal_design_is_no_traffic_signal_design() -> None:
    assert skills("Analog and mixed-signal design for sensor chips") == ["mixed-signal design"]
    assert skills("Review traffic signal designs and signal timing plans") == ["traffic signal design", "signal timing"]


def test_vision_zero_is_one_name_whose_vision_is_no_word_of_its_own() -> None:
    assert skills("Recommend countermeasures under the City's Vision Zero Action Plan") == ["Vision Zero"]
    assert "vision" not in terms("Recommend countermeasures under the City's Vision Zero Action Plan")


def test_a_latin_plural_english_reads_as_a_noun_of_its_own_is_that_noun() -> None:
    # "Opera PMS" is a hotel's property management system, no opus; an agenda is the singular of "agendas".
    terms = analyse(["Checked in 90 guests a day in Opera PMS and set each meeting's agendas."])[0].terms
    assert "opera" in terms and "opus" not in terms
    assert "agenda" in terms
    assert "agenda" in analyse(["Prepare the board agenda."])[0].terms


def test_a_products_last_word_is_no_word_of_its_own() -> None:
    # "Vision" of Deltek Vision names the product: no bullet that "Set the vision for a team" used it.
    lexicon = bundled_lexicon()
    product, everyday = analyse(["Own budgets in Deltek Vision", "Set the vision for a team"], lexicon)
    assert "vision" not in product.terms and "deltek vantagepoint" in product.terms
    assert "vision" in everyday.terms
    assert "project" not in analyse(["Schedules in Microsoft Project"], lexicon)[0].terms


def test_a_product_named_after_its_makers_product_keeps_its_last_word_to_itself() -> None:
    # "Looker Studio" is Looker's product, though "looker" is an English word: no creative studio a marketer briefed
    # used it, and Workday Student is no student nor Spring Boot a boot.
    lexicon = bundled_lexicon()
    dashboards, brief, hr = analyse(
        ["Build dashboards in Looker Studio", "Briefed the outside creative studio", "Ran Workday Student"], lexicon
    )
    assert "looker studio" in dashboards.terms and "studio" not in dashboards.terms
    assert "studio" in brief.terms
    assert "student" not in hr.terms


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wrote Coarray Fortran kernels", "fortran"),  # the last word is a skill of its own
        ("Interpreted in American Sign Language", "language"),  # a language, no product
        ("Built UX design systems", "design"),  # letters, no maker
        ("Applied Bayesian statistics", "statistic"),  # a method, its word in lowercase
    ],
)
def test_a_skills_last_word_that_is_no_products_counts_alone(text: str, word: str) -> None:
    assert word in analyse([text], bundled_lexicon())[0].terms


def test_aws_is_amazons_cloud_but_the_american_welding_society_where_welding_is_spoken_of() -> None:
    assert skills("AWS Certified Security – Specialty") == ["AWS Certified Security – Specialty"]
    assert skills("AWS Security Specialty certification required") == ["AWS Certified Security – Specialty"]
    assert skills("AWS D1.1 Certified Welder") == ["AWS D1.1"]
    assert skills("AWS certified in SMAW and FCAW") == ["AWS welding certification", "SMAW", "FCAW"]
    assert skills("Certified Welder (AWS)") == ["AWS welding certification"]
    # Amazon's, where its cloud or the software run on it is spoken of, whatever was welded.
    assert "AWS" in skills("Built ETL on AWS; welded three pipelines into one.")
    assert skills("AWS certification preferred") == ["AWS certifications"]


def test_a_schools_eoc_is_its_end_of_course_exam_and_anyone_elses_the_emergency_operations_center() -> None:
    assert skills("Raised Algebra I EOC pass rates for 120 students.") == ["end-of-course exams"]
    assert skills("Served as Planning Section Chief in the county EOC during the flood.") == [
        "emergency operations center"
    ]


def test_qi_is_quality_improvement_beside_qa_and_no_word_of_qi_gong() -> None:
    assert skills("Lead monthly QA/QI review of run reports.") == ["quality assurance", "quality improvement"]
    assert skills("Teaches qi gong and tai chi classes.") == []


def test_a_sellers_multi_threaded_deal_is_no_multithreading_and_a_programs_threads_are() -> None:
    assert "multithreading" not in skills("Lead multi-threaded deals with 6+ stakeholders across finance and IT.")
    assert "multithreading" in skills("Write multi-threaded C++ services and fix lock contention.")
    assert "multithreading" in skills("Multithreading and concurrency in Java.")


def test_loss_prevention_s_lpc_is_the_foundation_s_certification_and_a_counselor_s_is_the_licence() -> None:
    # The Loss Prevention Foundation's two credentials go by LPQ and LPC; a counselor's LPC is the licence.
    found = skills("LPQ or LPC certification preferred for this loss prevention role.")
    assert {"LPQualified", "LPCertified"} <= set(found) and "LPC" not in found
    assert skills("Partner with asset protection on shrink; LPC a plus.") == ["LPCertified"]
    assert skills("Licensed LPC providing therapy to adult clients.") == ["LPC"]


def test_a_stores_front_end_is_its_checkout_and_no_frontend_development() -> None:
    # A grocer's or a store's front end is where its cashiers check shoppers out: no web development where the text
    # speaks of the store and nothing of software.
    assert "frontend development" not in skills("Lead all departments: deli, bakery, produce, grocery and front end.")
    assert "frontend development" not in skills("Supervise front-end cashiers and self-checkout at a supermarket.")
    assert "frontend development" in skills("Build the front end of our store locator in React.")
    assert "frontend development" in skills("Own front-end development for the grocery delivery web app.")


def test_an_amount_written_with_its_scale_is_no_term() -> None:
    said = terms("Sold to $1B+ manufacturers; average deal $285K; built $10M+ pipeline; 2.5bn in revenue.")
    assert not {"1b+", "285k", "10m+", "2.5bn"} & set(said)
    assert {"manufacturer", "deal", "pipeline", "revenue"} <= set(said)
    assert "h-1b" in terms("H-1B visa sponsorship")


def test_a_figure_with_its_unit_of_time_or_its_multiple_is_no_term() -> None:
    # "4.1s" and "800ms" are measures no posting shares; they only thin out the words a bullet shares with one.
    said = terms("Cut page load from 4.1s to 1.8s and p95 latency from 800ms to 120ms; grew signups 10x, builds 2.5x.")
    assert not {"4.1s", "1.8s", "800ms", "120ms", "10x", "2.5x"} & set(said)
    assert {"load", "latency", "p95", "signup", "build"} <= set(said)
    # A method's name with a figure stays one: the 5S workplace method, a 4x4 truck.
    assert {"5s", "4x4"} <= set(terms("Ran 5S audits and drove the 4x4 trucks"))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # Certified as one credential, by its letters joined to "certified": the words after are the holder's job.
        ("CCRP-certified clinical research coordinator", ["CCRP", "clinical research"]),
        ("CPC-certified coding specialist", ["Certified Professional Coder"]),
        # Certified by the body that awards the credential the words after name, or in its programme: that one.
        ("ACRP-certified clinical research coordinator", ["CCRC"]),
        ("AAMA-certified medical assistant", ["Certified Medical Assistant"]),
        ("Certified clinical research coordinator since 2015", ["CCRC"]),
        ("ServSafe-certified food protection manager", ["ServSafe", "food manager certification"]),
    ],
)
def test_certified_joined_to_another_credentials_letters_names_that_credential_not_the_one_its_words_spell(
    text: str, named: list[str]
) -> None:
    assert skills(text) == named


def test_a_name_written_with_capitals_inside_is_the_everyday_word_in_small_letters_even_in_a_skills_list() -> None:
    def listed(text: str) -> list[str]:
        return analyse([text], bundled_lexicon(), names=True)[0].skills

    assert listed("Facilitate groups, inform using psychoeducational techniques") == []
    assert listed("Keep a safe workplace") == []
    assert listed("InForm") == ["Oracle InForm"]
    assert listed("SAFe") == ["Scaled Agile Framework"]
    assert listed("safe") == ["Scaled Agile Framework"]  # a name alone, written lazily, is still the name


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("You will plan and run contextual inquiry and diary\nstudies across three clinics.", "diary studies"),
        ("Reconcile vendor statements and own accounts\npayable for two entities.", "accounts payable"),
        ("Dress surgical wounds and lead wound\n  care rounds on the unit.", "wound care"),  # the next line set in
        ("Mix quantitative and qualitative\n\tresearch for each release.", "qualitative research"),
    ],
)
def test_a_skill_whose_words_a_sentence_wraps_onto_two_lines_is_said(text: str, skill: str) -> None:
    # A PDF's or a hard-wrapped e-mail's lines run a sentence on: the break inside it is a space, not a boundary.
    assert skill in skills(text)
    assert skill in [term for _, _, term in locate(text, {skill}, bundled_lexicon())]


@pytest.mark.parametrize(
    "text",
    [
        "Run interviews and write the diary.\nstudies of the archive follow.",  # a sentence ends at the break
        "Keep the study diary\nStudies: three, each of six weeks",  # the next line opens with capitals
        "Duties as assigned and/or directed\nreporting: to the Head of Design",  # a label's line
        "Dress surgical wounds and lead wound_\ncare rounds on the unit.",  # no word's letter before the break
    ],
)
def test_a_line_break_that_ends_a_sentence_or_opens_a_label_still_parts_the_words(text: str) -> None:
    assert "diary studies" not in skills(text) and "people management" not in skills(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sketches, wireframes and prototypes for every release", "Sketch"),  # the drawings, among the work's words
        ("Epics, user stories and acceptance criteria", "Epic"),  # an agile team's, no EHR
        ("Greenhouses, irrigation and integrated pest management", "Greenhouse"),  # a grower's, no hiring system
        ("Chefs, line cooks and food safety training", "Chef"),  # a kitchen's people, no configuration tool
    ],
)
def test_a_products_name_in_the_plural_among_skills_in_small_letters_is_the_everyday_noun(text: str, name: str) -> None:
    assert name not in skills(text)


def test_a_products_name_in_the_plural_among_other_products_is_the_product() -> None:
    assert "macOS" in skills("Support Windows and Macs for 300 staff")
    assert "Sketch" in skills("Figma, Sketch and Adobe XD")  # the name itself, listed


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Produced concept sketches for the patient app.", "sketch"),
        ("Lead sketching sessions with the team.", "sketch"),
        ("Lead community outreach and fundraising.", "outreach"),  # beside a skill of small letters
        ("Community Outreach Coordinator", "outreach"),  # a title's capitals are its style
        ("Track the epic across two sprints.", "epic"),
    ],
)
def test_an_ambiguous_names_everyday_word_is_a_term_of_its_own(text: str, word: str) -> None:
    assert word + EVERYDAY in terms(text) and word not in terms(text)
    assert word_of(word + EVERYDAY) == word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Built the onboarding prototype in Sketch and InVision.", "sketch"),
        ("Built email sequences in Outreach and Salesforce.", "outreach"),
        ("Sketch wireframes in Figma.", "sketch"),  # capitalised: the context did not decide, and it may be either
        ("Experience with cloud services, terraform, airflow, Kubernetes", "airflow"),  # a list of tools so written
        ("Written and spoken english & spanish.", "spanish"),  # a language's name in small letters is the language
    ],
)
def test_a_name_or_a_word_that_may_be_it_keeps_the_names_term(text: str, name: str) -> None:
    assert name in terms(text) and name + EVERYDAY not in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Built 30 interactive e-learning modules for new bank tellers.",
        "Designed e-learning in Rise 360 for a hospital's onboarding.",
        "Led the e-learning team of a regional insurer.",
    ],
)
def test_a_skill_written_with_a_hyphen_before_its_ing_word_stays_the_skill_before_a_noun(text: str) -> None:
    # "e-learning modules" is e-learning, as "data cleaning scripts" is data cleaning: the lexicon writes the
    # name so, hyphen and all; only a spelling the lexicon does not use ("team leading field staff") is a verb.
    assert "e-learning" in analyse([text], bundled_lexicon())[0].skills


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Storyboarded eight instructional videos with a producer.", "storyboarding"),
        ("Wireframed the checkout flow for a grocery app.", "wireframing"),
        ("Copyedited 40 grant proposals a year.", "copy editing"),
    ],
)
def test_a_verb_made_of_a_concepts_name_the_lemma_table_does_not_know_says_the_concept(text: str, skill: str) -> None:
    # "storyboard" is no word of the lemma table, so "storyboarded" was no form of it.
    assert skill in analyse([text], bundled_lexicon())[0].skills


def test_a_past_form_that_is_a_word_of_its_own_or_a_products_name_says_no_skill() -> None:
    assert analyse(["Informed the board; composed the agenda; reacted fast."], bundled_lexicon())[0].skills == []


def test_an_antimicrobial_stewards_de_escalation_is_no_calming_of_a_person_in_crisis() -> None:
    assert "de-escalation" not in skills("Recommend de-escalation of antibiotics and IV-to-PO conversion.")
    assert "de-escalation" in skills("Use verbal de-escalation with agitated patients in the ED.")
    assert "de-escalation" in skills("Trained in crisis de-escalation and motivational interviewing.")


def test_braze_beside_a_marketers_email_platforms_is_the_platform_and_a_pipefitters_brazing_is_joining_metal() -> None:
    assert skills("Deep experience with an ESP such as Klaviyo, Braze or HubSpot.") == ["Klaviyo", "Braze", "HubSpot"]
    assert skills("Built SMS and push journeys in Braze for 2M subscribers.") == ["Braze"]
    assert skills("Braze and solder copper refrigerant lines.") == ["brazing", "soldering"]
    assert skills("Brazing of copper fittings; MIG and TIG welding.")[0] == "brazing"


def test_sqls_counted_beside_mqls_are_sales_qualified_leads_and_sql_beside_queries_the_language() -> None:
    # A marketer's leads are no query language a data posting could ask for.
    assert "SQL" not in skills("Generated 3,100 MQLs and 740 SQLs in FY2023.")
    assert skills("Raised MQL-to-SQL conversion from 12% to 21% with a new lead scoring model.") == ["lead scoring"]
    assert "SQL" not in skills("Own the funnel metrics: MQLs, SQLs, opportunities and pipeline.")
    # A seller's SQLs beside a quota, or the development reps who book them, are leads too.
    assert "SQL" not in skills("Exceeded the monthly SQL target and 120% of quota.")
    assert "SQL" not in skills("Coached 6 SDRs; the team hit its SQL goal every quarter.")
    # The language, where the text queries data, whatever leads it counts.
    assert "SQL" in skills("Wrote SQL queries on MQL data in Snowflake.")
    assert "SQL" in skills("Built the quota attainment dashboard in SQL.")
    assert skills("Strong SQL and Python skills.") == ["SQL", "Python"]


def test_pd_and_professional_learning_are_teachers_professional_development_only_where_teachers_are_spoken_of() -> None:
    lexicon = bundled_lexicon()
    (led,) = analyse(["Led monthly PD for 40 middle-school teachers on project-based learning."], lexicon)
    (learning,) = analyse(["Designed a professional learning series for the school's new teachers."], lexicon)
    (police,) = analyse(["Liaised with the city PD on evidence requests and subpoenas."], lexicon)
    (control,) = analyse(["Tuned PD loops on the conveyor's servo drives."], lexicon)
    (years,) = analyse(["5+ years of professional development experience in Java."], lexicon)  # a developer's
    assert "professional development" in led.skills and "professional development" in learning.skills
    assert not {"professional development"} & {*police.skills, *control.skills, *years.skills}


def test_check_in_and_check_out_are_a_front_desks_work_only_where_guests_patients_or_passengers_are_spoken_of() -> None:
    lexicon = bundled_lexicon()
    (desk,) = analyse(["Checked in 80 guests a night and handled their check-out and billing."], lexicon)
    (clinic,) = analyse(["Managed patient check-in and check-out for a busy dental office."], lexicon)
    (blog,) = analyse(["Check out our engineering blog to learn how we ship."], lexicon)
    (meeting,) = analyse(["Hold weekly check-ins with each engineer on the team."], lexicon)
    (code,) = analyse(["Checked in code to the main branch after review."], lexicon)
    assert {"check-in", "check-out"} <= {*desk.skills} and {"check-in", "check-out"} <= {*clinic.skills}
    assert not {"check-in", "check-out"} & {*blog.skills, *meeting.skills, *code.skills}
    # A text read beside the words that say its trade (a bullet under its role's title) takes the trade's sense.
    (beside,) = analyse(["Handled check-in for arriving tour groups."], lexicon, beside=[{"night", "receptionist"}])
    (alone,) = analyse(["Handled check-in for arriving tour groups."], lexicon)
    assert "check-in" in beside.skills and "check-in" not in alone.skills


def test_a_verb_and_its_particle_are_the_compound_they_name_whichever_way_it_is_written() -> None:
    # "Rolled out" is the rollout a posting asks to lead, "followed up" its follow-up: with the particle a stop word,
    # they were "roll" and "follow", which a rolled carpet and a followed procedure say too.
    assert "rollout" in terms("Rolled out the new scheduling system to 40 stores.")
    assert "rollout" in terms("Lead the rollout of our scheduling system.")
    assert "followup" in terms("Followed up with clients after each visit.")
    assert "followup" in terms("Own client follow-up and scheduling.")
    assert "handoff" in terms("Handed off escalations to tier 2.") and "handoff" in terms("Smooth handoffs to tier 2.")
    assert "roll" not in terms("Rolled out the new scheduling system.")
    assert "roll" in terms("Rolled steel coils into the press.")


def test_the_ordinal_of_a_party_is_part_of_its_term() -> None:
    # An insurer's first-party claims (its own policyholder's loss) are the opposite of third-party ones (a
    # liability claim against its policyholder), and first-party data is no third-party data: with the ordinal a
    # stop word, "first party property" met "third-party property damage" as the phrase "party property".
    first = set(terms("Handled first party property and auto physical damage claims by phone."))
    third = set(terms("Investigate bodily injury and third-party property damage claims."))
    assert "party" not in first | third
    assert not {t for t in first & third if "party" in t}
    # Either spelling of one party is the same term, and so is its plural.
    assert "third-party property" in set(terms("Third party property damage")) & third
    assert "third-party" in set(terms("Tendered claims to third parties and their carriers."))
    assert "first-party" in set(terms("Ran 1st-party property claims."))
    # A party of no ordinal stays the party it is.
    assert "party" in terms("Planned the holiday party for 300 guests.")


def test_tm_is_a_translation_memory_only_where_translation_is_spoken_of() -> None:
    lexicon = bundled_lexicon()
    (translator,) = analyse(["Maintained client termbases and TMs; cleaned them with Xbench."], lexicon)
    (cat,) = analyse(["Leveraged the client's TM in memoQ for 40,000-word manuals."], lexicon)
    (store,) = analyse(["Promoted to lead TM after six months; trained four new TMs on the registers."], lexicon)
    (marks,) = analyse(["Filed TM applications and office action responses with the USPTO."], lexicon)
    assert "translation memory" in translator.skills and "translation memory" in cat.skills
    assert "translation memory" not in store.skills and "translation memory" not in marks.skills


def test_the_words_an_interface_shows_are_no_design_of_it() -> None:
    lexicon = bundled_lexicon()
    (localizer,) = analyse(["Translate in-game text, UI strings and dialogue from Korean."], lexicon)
    (writer,) = analyse(["Wrote UI copy and error messages; localized user interface text into Polish."], lexicon)
    (designer,) = analyse(["Designed the UI for the checkout flow and built user interfaces in React."], lexicon)
    assert "UI design" not in localizer.skills and "UI design" not in writer.skills
    assert "UI design" in designer.skills


def test_a_nurse_home_visitor_names_no_place_of_long_term_care() -> None:
    # Names match on lemmas, and "nursing" lemmatises to "nurse": a "nursing home" entry would make every "Nurse
    # Home Visitor" posting (a nurse who visits families at home) ask for experience in a nursing home.
    assert "nursing home" not in skills("Nurse Home Visitor - Maternal and Child Health")
    assert "nursing home" not in skills("Nurse home visits to first-time mothers.")


def test_otr_is_over_the_road_but_where_occupational_therapy_is_spoken_of() -> None:
    lexicon = bundled_lexicon()
    (driver,) = analyse(["Ran OTR in 48 states pulling dry van and reefer loads."], lexicon)
    (title,) = analyse(["OTR Truck Driver"], lexicon)
    (therapist,) = analyse(["Licensed OTR with 5 years of pediatric occupational therapy; NBCOT certified."], lexicon)
    assert "over-the-road" in driver.skills and "over-the-road" in title.skills
    assert "over-the-road" not in therapist.skills


def test_a_cdl_named_by_its_class_letter_after_it_is_that_class_of_cdl() -> None:
    # A job board's name for the licence ("CDL A", as Indeed's résumé lists it) is the Class A CDL, as "CDL-A" is; a
    # posting's "CDL a must" asks for a CDL of any class.
    lexicon = bundled_lexicon()
    (licence,) = analyse(["CDL A, Endorsements: H, N, T, X"], lexicon)
    (class_b,) = analyse(["Hold a CDL B with air brakes."], lexicon)
    (any_class,) = analyse(["Valid CDL a must."], lexicon)
    assert "Class A CDL" in licence.skills and "Class B CDL" in class_b.skills
    assert "Class A CDL" not in any_class.skills and "CDL" in any_class.skills


def test_unit_operations_are_a_process_engineers_skill_only_where_chemical_processes_are_spoken_of() -> None:
    # A charge nurse "coordinates patient care and unit operations" and a store manager runs a unit's operations:
    # neither asks for the distillation and separation steps a chemical engineer designs.
    lexicon = bundled_lexicon()
    (ward,) = analyse(["The charge nurse coordinates patient care and unit operations on night shift."], lexicon)
    (plant,) = analyse(["Design unit operations such as distillation and crystallization in HYSYS."], lexicon)
    (refinery,) = analyse(["Troubleshot unit operations at a 120,000 bpd refinery."], lexicon)
    assert "unit operations" not in ward.skills
    assert "unit operations" in plant.skills and "unit operations" in refinery.skills


def test_an_hr_texts_ada_in_capitals_is_the_disabilities_act_and_a_dental_or_programming_texts_is_not() -> None:
    # Beside the other laws of employment, or the accommodations the act requires, "ADA" is the act, a skill HR postings
    # ask for in a row of letters ("FMLA, ADA, Title VII and FLSA"); so it is beside the building code.
    assert "ADA compliance" in skills("Ensure compliance with FMLA, ADA, Title VII and FLSA.")
    assert "ADA compliance" in skills("Manage leave and ADA accommodation requests.")
    assert "ADA compliance" in skills("Design restrooms to ADA and IBC requirements.")
    # A dental office's ADA is the dental association, whose codes it bills by; a diabetes educator's the diabetes one.
    assert "ADA compliance" not in skills("Code dental procedures with ADA codes; process accommodation requests.")
    assert "ADA compliance" not in skills("Teach insulin use as the ADA recommends; file FMLA paperwork for staff.")
    # Without its trade's words, "ADA" in capitals stays another acronym, and the language keeps its own spelling.
    assert "ADA compliance" not in skills("Maintain flight software in C, C++ and ADA on a VxWorks RTOS.")
    assert "ADA compliance" not in skills("Wrote the ADA report for the board.")
    assert skills("Wrote avionics code in Ada.") == ["Ada"]


def test_two_sentences_run_together_at_a_full_stop_make_no_phrase_across_it() -> None:
    # "… Microsoft Excel.Reports to …", as a page's paragraphs joined with no space leave it: the two sentences are
    # read as the same words with a space after the stop, a skill and no "excel report" or "excel.reports".
    run_together = analyse(["Advanced skills in Microsoft Excel.Reports to the Finance Manager."], bundled_lexicon())[0]
    spaced = analyse(["Advanced skills in Microsoft Excel. Reports to the Finance Manager."], bundled_lexicon())[0]
    assert run_together.terms == spaced.terms
    assert run_together.skills == ["Microsoft Excel"]
    # A name written with a stop inside stays one name.
    assert skills("Build with Node.js and ASP.NET.") == ["Node.js", "ASP.NET"]
    assert skills("Good hands-on experience with Node.Js and Vue.js") == ["Node.js", "Vue.js"]


def test_a_b2b_product_managers_identity_pricing_and_growth_terms_are_skills() -> None:
    # What a SaaS product's enterprise security review and its self-serve funnel are named by, in
    # postings and in product managers' résumés alike; and the finance cycle an AP product is built for.
    assert skills("Shipped SCIM provisioning and RBAC for enterprise admins") == ["SCIM", "role-based access control"]
    assert skills("Routed PQLs to sales") == ["product-qualified leads"]
    assert skills("Ran two customer advisory boards a year") == ["customer advisory board"]
    assert skills("Led UAT for a procure-to-pay rollout") == ["user acceptance testing", "procure-to-pay"]
    assert skills("Automated intake with Airtable and Zapier") == ["Airtable", "Zapier"]


@pytest.mark.parametrize(
    "text",
    [
        "Deliver evidence-based nurse home visiting to first-time parents",
        "Lead the evidence-based nurse case finding programme across the county",
    ],
)
def test_a_workers_word_before_another_work_meets_no_name_ending_in_its_work(text: str) -> None:
    # "evidence-based nursing" names evidence-based practice; the nurse here names the visits it modifies.
    assert "evidence-based practice" not in skills(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Apply evidence-based nursing on a cardiac unit", "evidence-based practice"),
        ("Software Engineer working on the billing platform", "software engineering"),
        ("Software Engineer III on the payments team", "software engineering"),
        ("Five years of software engineer management experience", "software engineering"),
    ],
)
def test_a_workers_word_before_a_verb_a_rank_or_one_noun_still_meets_its_works_name(text: str, skill: str) -> None:
    assert skill in skills(text)


@pytest.mark.parametrize(
    "text",
    [
        "Maintenance Technician: perform PMs on conveyors and air compressors; close PM work orders in the CMMS",
        "HVAC service technician completing scheduled PM on chillers and boilers",
    ],
)
def test_a_maintenance_texts_pm_is_preventive_maintenance(text: str) -> None:
    assert "preventive maintenance" in skills(text)


@pytest.mark.parametrize(
    "text",
    [
        # a product team's PMs are its managers, wherever its sprints or roadmap are spoken of
        "Partner with PMs on the roadmap and keep the maintenance backlog groomed",
        # a clock's time
        "Maintenance technician, second shift 3 PM to 11:30 PM",
        "Maintenance crew starts at 7am and ends at 3pm",
        # two capitals and an s written all in capitals are an acronym of their own: a hotel's PMS
        "Front desk agent: check guests in on the PMS and log maintenance requests",
        # letters the text spells out as other words mean those words wherever it writes them
        "Report to the assigned Project Manager (PM) and support the PM on equipment maintenance projects",
        # no text about maintaining equipment
        "Schedule PM appointments for the clinic",
    ],
)
def test_pm_is_no_preventive_maintenance_outside_a_maintenance_text(text: str) -> None:
    assert "preventive maintenance" not in skills(text)


@pytest.mark.parametrize(
    "text",
    [
        "Buyer: issue POs to approved vendors and expedite late deliveries",
        "PO processing, receiving and three-way match with supplier invoices",
    ],
)
def test_a_purchasing_texts_po_is_a_purchase_order(text: str) -> None:
    assert "purchase orders" in skills(text)


@pytest.mark.parametrize(
    "text",
    [
        # a product team's PO is its product owner, wherever its backlog or sprints are spoken of
        "Work with the PO and vendor engineers to groom the backlog",
        "Served as PO for two Scrum teams",
        # no text about buying
        "Mail signed forms to the PO Box on the letterhead",
    ],
)
def test_po_is_no_purchase_order_outside_a_purchasing_text(text: str) -> None:
    assert "purchase orders" not in skills(text)


def test_letters_a_text_spells_out_as_a_skill_are_that_skill_wherever_it_writes_them() -> None:
    assert skills("Follow Good Clinical Practice (GCP) and train every site on GCP.") == ["Good Clinical Practice"]


def test_a_levels_roman_numeral_is_no_word_of_its_own_though_its_phrases_are() -> None:
    # "SOC 2 Type II" and "Class II medical devices" share only the numeral: no evidence of each other.
    audit, devices, trials = analyse(
        ["Achieved SOC 2 Type II compliance.", "Class II medical devices", "Ran Phase III trials"], bundled_lexicon()
    )
    assert "ii" not in audit.terms and "ii" not in devices.terms and "iii" not in trials.terms
    assert "class ii" in devices.terms and "phase iii" in trials.terms
    (iv,) = analyse(["Started IV lines on trauma patients"], bundled_lexicon())
    assert "iv" in iv.terms  # intravenous, no numeral


def test_federal_contracting_regulations_contract_types_and_credentials_are_skills() -> None:
    assert skills("Working knowledge of FAR, DFARS and CAS.") == ["FAR", "DFARS"]
    assert skills("Solicit and award contracts under FAR Part 15.") == ["FAR"]
    assert skills("Awarded an IDIQ through a best-value source selection; LPTA evaluations.") == [
        "IDIQ",
        "source selection",
        "LPTA",
    ]
    assert skills("Performs price and cost analysis of proposals.") == ["cost and price analysis"]
    assert skills("Certified Professional Contracts Manager (CPCM); FAC-C Professional; DAWIA Level III") == [
        "CPCM",
        "FAC-C",
        "DAWIA",
    ]
    assert skills("Small business set-asides for SDVOSB, HUBZone and WOSB concerns.") == [
        "small business set-asides",
        "SDVOSB",
        "HUBZone",
        "WOSB",
    ]
    # "FAR" is the regulation only where written as its name: "so far" and "far beyond" are everyday words.
    assert skills("So far we have grown far beyond our plan.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Provide OR case coverage for 250 spine cases a year, advising surgeons on implant sizing",
        "In-serviced OR staff and sterile processing on new instrument trays",
        "Provide technical support in the OR during spine surgery cases",
        "Two years as an OR nurse in a Level I trauma center's surgical services",
    ],
)
def test_or_in_capitals_in_a_surgical_text_is_the_operating_room(text: str) -> None:
    # Surgery writes the operating room as "OR": the OR's staff, nurses and cases, "in the OR", "an OR nurse".
    assert "operating room" in skills(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bachelor's degree in Nursing OR an associate degree with surgical experience",
        "BSN OR ADN required; surgical services experience a plus",
        "Territory covers Portland, OR and Vancouver, WA hospitals and surgery centers",
        "Worked on OR models for the surgical scheduling team with Gurobi",
        "Sold surgical staplers or staffing solutions to hospitals",
        "Join the OR team building optimization models for our logistics network",
    ],
)
def test_or_is_no_operating_room_as_a_conjunction_a_state_or_outside_surgery(text: str) -> None:
    # The conjunction written in capitals for emphasis, Oregon after its town, and operations research's letters in a
    # text that speaks of no surgery are no operating room.
    assert "operating room" not in skills(text)


@pytest.mark.parametrize(
    "text",
    [
        "Associate degree in electronics or equivalent military training required",
        "An associate's degree in biomedical engineering technology",
        "Associates degree or two years of field service experience",
        "Associate of Applied Science in Surgical Technology",
        "A.A.S. or Associate in Science, Radiologic Technology",
    ],
)
def test_the_associate_of_an_associate_degree_is_no_word_of_the_work(text: str) -> None:
    # A degree's level says what the applicant studied, as "bachelor" does: no bullet of an associate's job (a sales
    # associate, a research associate, an associate attorney) shows it.
    assert "associate" not in terms(text)


@pytest.mark.parametrize(
    "text", ["Associate Sales Representative, Joint Reconstruction", "Research Associate in a protein science lab"]
)
def test_an_associates_job_keeps_its_word(text: str) -> None:
    assert "associate" in terms(text)


def test_a_marketers_sql_beside_mqls_meets_no_posting_that_asks_for_the_query_language() -> None:
    # A demand generation funnel passes marketing-qualified leads (MQLs) to sales as sales-qualified leads (SQLs):
    # that "SQL" is no query language, so its word is no term a posting's SQL meets, as an ambiguous name's
    # everyday word is none.
    for bullet in ("Built lead scoring that lifted MQL-to-SQL conversion from 9% to 17%.", "Grew MQLs and SQLs 25%."):
        assert "SQL" not in skills(bullet)
        assert "sql" not in terms(bullet) and "sql" + EVERYDAY in terms(bullet)
    assert "sql" in terms("Comfort with Excel; SQL is a plus.")
    # Where the text queries data, SQL is the language, whatever leads it counts.
    assert "sql" in terms("Wrote SQL queries in BigQuery to report MQL volume by channel.")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Scaled PMax and Shopping campaigns to $2M a year.", "Performance Max"),
        ("Built an MMM to set the quarterly channel budget.", "marketing mix modeling"),
        ("Experience with media mix modeling or geo-lift tests.", "marketing mix modeling"),
        ("Ran geo-lift tests on YouTube prospecting.", "incrementality testing"),
        ("Claimed and optimized 30 Google My Business listings.", "Google Business Profile"),
        ("Set up DKIM and DMARC for three sending domains.", "DMARC"),
        ("Raised inbox placement from 81% to 96%.", "email deliverability"),
        ("Reporting in Adobe Analytics and GA4.", "Adobe Analytics"),
        ("Wrote the UTM tracking standards for every channel.", "UTM parameters"),
        ("Grew the affiliate program on ShareASale and CJ Affiliate.", "affiliate marketing"),
        ("Launched Pinterest Ads and Snapchat Ads for the spring line.", "Pinterest Ads"),
        ("6+ years of digital marketing, ideally at a DTC e-commerce brand.", "e-commerce"),
        ("Grew ecommerce revenue 38% on BigCommerce.", "e-commerce"),
        ("Own a $4.2M annual paid media budget.", "paid media"),
    ],
)
def test_a_digital_marketers_platforms_and_methods_are_skills_by_the_names_the_trade_writes(
    text: str, skill: str
) -> None:
    assert skill in skills(text)


# --- parts that repeat across documents (a company's blurb in each of its postings) ---------------------------------

_BLURB = "Harbor Works is a family company of 40 people. Our CI team meets every week."
_PLANT = "Identify and manage lean projects and kaizen events on the molding floor."
_SOFTWARE = "Keep our Jenkins pipelines and DevOps tooling fast."


@pytest.fixture
def fresh_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """No part kept from other tests: each test sees what it analyses itself."""
    from tailor.analysis import terms as module

    monkeypatch.setattr(module, "_REPEATED", module._Repeated(module.REPEATED_PARTS))


def test_a_part_repeated_across_documents_is_tokenised_once(fresh_parts: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # A table of scraped postings repeats a company's blurb in every posting of the company: the second posting's
    # blurb is read from what the first one's reading kept, and reads the same.
    from tailor.analysis import terms as module

    read: list[str] = []
    tokenised = module.tokenised

    def counted(lowered):  # type: ignore[no-untyped-def]
        lowered = list(lowered)
        read.extend(lowered)
        return tokenised(lowered)

    monkeypatch.setattr(module, "tokenised", counted)
    first = analyse([_BLURB, _PLANT], bundled_lexicon(), together=True)
    second = analyse(
        [_BLURB, "Run kaizen events and lean projects across both molding lines."], bundled_lexicon(), together=True
    )
    assert sum("harbor works" in text for text in read) == 1
    assert second[0] == first[0]


def test_a_repeated_part_reads_a_trades_name_as_its_own_document_does(fresh_parts: None) -> None:
    # The same blurb's "CI" is continuous improvement in a plant's posting and continuous integration in a software
    # team's, whichever posting came first: what is kept of a part answers to the rest of its document.
    lexicon = bundled_lexicon()
    plant = analyse([_BLURB, _PLANT], lexicon, together=True)[0]
    software = analyse([_BLURB, _SOFTWARE], lexicon, together=True)[0]
    assert plant.skills == ["process improvement"]
    assert software.skills == ["CI/CD"]
    assert analyse([_BLURB, _PLANT], lexicon, together=True)[0] == plant


def test_a_repeated_part_reads_as_it_would_alone(fresh_parts: None) -> None:
    # Every part of a document read a second time, in another order among other documents, reads as it does where
    # nothing is kept (a document read with words beside each part is read anew).
    lexicon = bundled_lexicon()
    documents = [[_BLURB, _PLANT], [_BLURB, _SOFTWARE], ["Harbor Works pays weekly.", _SOFTWARE, _PLANT]]
    anew = [analyse(parts, lexicon, together=True, beside=[()] * len(parts)) for parts in documents]
    kept = [analyse(parts, lexicon, together=True) for parts in documents + documents[::-1]]
    assert kept == anew + anew[::-1]


def test_a_repeated_part_reads_a_trades_letters_as_its_own_document_does(fresh_parts: None) -> None:
    # "OR staff" is the operating room's where the document speaks of surgery, and no skill where it does not: the
    # part kept from a surgical posting is not the warehouse's.
    lexicon = bundled_lexicon()
    part = "Coordinate with OR staff every morning."
    surgical = analyse([part, "Support spine surgery cases and surgeons."], lexicon, together=True)[0]
    warehouse = analyse([part, "Schedule the warehouse crew and forklifts."], lexicon, together=True)[0]
    assert "operating room" in surgical.skills and "operating room" not in warehouse.skills


def test_point_of_sale_materials_and_displays_are_marketing_collateral_no_pos_system() -> None:
    # A brand marketer's "point-of-sale (POS) materials" and a merchandiser's "point-of-sale displays" are the
    # in-store signs and stands a campaign ships (point-of-purchase material): no till a cashier rings up sales on.
    lexicon = bundled_lexicon()
    (marketer,) = analyse(["Develop point-of-sale (POS) materials and shelf talkers for retail partners."], lexicon)
    (merchandiser,) = analyse(["Set up point of sale displays and signage in 40 grocery stores."], lexicon)
    (cashier,) = analyse(["Rang up sales on the point-of-sale system and balanced the till."], lexicon)
    (server,) = analyse(["Entered orders in the POS system; point of sale experience required."], lexicon)
    assert "point of sale" not in marketer.skills and "point of sale" not in merchandiser.skills
    assert "point of sale" in cashier.skills and "point of sale" in server.skills


def test_a_regulation_named_by_its_part_is_said_with_the_parts_number() -> None:
    # "FAR Part 15" is the Federal Acquisition Regulation's part on negotiated contracts: the keyword is shown as the
    # posting writes it, number and all, not cut to "FAR Part" after its alias.
    (analysis,) = analyse(["Solicit and award contracts under FAR Part 15 and Part 13 procedures."], bundled_lexicon())
    assert analysis.said["FAR"] == "FAR Part 15"
    (plain,) = analyse(["Working knowledge of FAR, DFARS and CAS."], bundled_lexicon())
    assert plain.said["FAR"] == "FAR"


def test_an_in_service_is_training_a_units_staff_only_where_its_hyphen_joins_it() -> None:
    # A nurse educator's and a device rep's "in-servicing" trains the staff of a unit; "years in service" does not.
    lexicon = bundled_lexicon()
    (rep,) = analyse(["Led in-servicing of OR nurses on new devices after each install."], lexicon)
    (educator,) = analyse(["Gave monthly inservices on sepsis bundles to night staff."], lexicon)
    (posting,) = analyse(["Conduct in-services for clinical staff."], lexicon)
    (veteran,) = analyse(["Twenty years in service to the county's families."], lexicon)
    assert "in-service training" in rep.skills and "in-service training" in educator.skills
    assert "in-service training" in posting.skills and posting.said["in-service training"] == "in-services"
    assert "in-service training" not in veteran.skills and "service" in veteran.terms


@pytest.mark.parametrize("text", ["Billed Medi-Cal and Medicare claims.", "Enrolled families in Medi-Cal"])
def test_a_name_whose_first_half_is_no_word_is_no_closed_compound(text: str) -> None:
    # California's Medicaid program is no "medical": a half that is no word of its own ("medi") closes up to none,
    # so a biller's Medi-Cal claims meet no "medical devices" in a machinist's posting.
    assert "medical" not in terms(text)


@pytest.mark.parametrize(
    "text", ["Experience with build automation", "We build automation tools for CI", "builds automation"]
)
def test_a_verb_before_a_word_is_no_name_that_opens_with_its_noun_in_ing(text: str) -> None:
    # "building automation" (a building's controls) opens with the noun "building"; "build automation" is software.
    assert "building automation" not in analyse([text], bundled_lexicon())[0].terms


@pytest.mark.parametrize("text", ["Building automation systems (BAS)", "Serviced building automation controls"])
def test_a_name_that_opens_with_its_noun_in_ing_is_met_as_written(text: str) -> None:
    assert "building automation" in analyse([text], bundled_lexicon())[0].terms


@pytest.mark.parametrize(
    ("text", "not_a_word", "word"),
    [
        ("Mentored four engineers through a front-end guild.", "end", "guild"),
        ("Own back-end services for the ticketing platform.", "end", "service"),
        ("Kept the ledger Sarbanes-Oxley compliant.", "oxley", "ledger"),
        ("Hired a full-stack developer.", None, "stack"),
        ("Led front-end development of the booking app.", "end", "development"),
    ],
)
def test_a_hyphens_last_part_that_the_skills_name_does_not_say_is_no_word_of_its_own(
    text: str, not_a_word: str | None, word: str
) -> None:
    """ "front-end" names frontend development: its "end" says nothing alone, so a front-end bullet meets no
    posting's "end-to-end" or "back-end" through it; a part the name says ("stack" of full-stack development) is a
    word as the last word of any skill's name is."""
    terms = analyse([text], bundled_lexicon())[0].terms
    assert word in terms
    assert not_a_word is None or not_a_word not in terms


def test_a_front_end_bullet_does_not_match_a_back_end_posting_through_end() -> None:
    from tailor.posting import Posting
    from tailor.rank import rank
    from tests.conftest import make_cv

    cv = make_cv({"Quillon Apps": ["Mentored four engineers through a front-end guild.", "Ran the office move."]})
    posting = Posting("p", "Backend Engineer\n\nRequirements:\n- Own back-end services end to end\n")
    matched = {term for item in rank(cv, posting).bullets for term in item.terms}
    assert "end" not in matched


@pytest.mark.parametrize(
    "text",
    [
        "Granite Peak Cloud | Denver, CO | On-site",
        "Harborview Learning · Remote (US) · Full-time",
        "Tacoma, WA (Hybrid)",
        "This role is onsite.",
        "This is a hybrid role, 3 days on-site.",
        "We are a remote-first company.",
    ],
)
def test_where_a_job_is_done_is_no_term(text: str) -> None:
    """A posting's "On-site", "Remote (US)" or "hybrid role" says where the job is done, which no bullet shows: no
    term, so that a header's "On-site" meets no bullet's "public-sector sites"."""
    terms = analyse([text])[0].terms
    assert not {"site", "onsite", "remote", "hybrid"} & set(terms)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Provided on-site support to 40 users.", "site"),
        ("Built remote patient monitoring for 3 clinics.", "remote"),
        ("Moved the billing service to a hybrid cloud.", "hybrid cloud"),
        ("Managed a remote team of 6 engineers.", "remote"),
        ("Mentored three remote engineers in React.", "remote"),
    ],
)
def test_where_work_is_done_stays_a_word_of_the_work_it_names(text: str, word: str) -> None:
    """Before a noun of the work ("on-site support", "remote patient monitoring", "a hybrid cloud"), the same word
    says what the work is, and stays a term."""
    assert word in analyse([text], bundled_lexicon())[0].terms


def test_a_headers_on_site_does_not_lift_a_bullet_about_web_sites() -> None:
    from tailor.posting import Posting
    from tailor.rank import rank
    from tests.conftest import make_cv

    cv = make_cv({"Quillon Apps": ["Launched 12 public-sector sites on WordPress.", "Ran the office move."]})
    posting = Posting(
        "p", "Site Reliability Engineer\nGranite Peak Cloud | Denver, CO | On-site\n\nRequirements:\n- Kubernetes\n"
    )
    assert not any("site" in item.terms for item in rank(cv, posting).bullets)


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Own observability: Prometheus, Grafana and PagerDuty", {"PagerDuty"}),
        ("Familiarity with Celery and Redis", {"Celery"}),
        ("Write tests with Jest and Detox", {"Detox"}),
        ("Diced celery, onions and carrots for the mirepoix.", set()),
        ("Booked juice detox retreats for spa guests.", set()),
    ],
)
def test_the_tools_a_web_or_sre_posting_names_are_skills_and_the_same_words_in_a_kitchen_are_not(
    text: str, skills: set[str]
) -> None:
    found = set(analyse([text], bundled_lexicon())[0].skills)
    assert skills <= found and not {"Celery", "Detox"} - skills & found


@pytest.mark.parametrize(
    "text", ["- IAAP certification (CPACC or WAS)", "Certifications: CPACC, WAS", "Accessibility: WCAG 2.2, WAS"]
)
def test_an_acronym_that_english_reads_as_a_form_of_be_is_its_credential_where_written_in_its_letters(
    text: str,
) -> None:
    """ "WAS" written so beside another credential is the IAAP's Web Accessibility Specialist; "was" in a sentence, or
    "Be" that shares its lemma, is not (an acronym is its own letters, no form of a word)."""
    lexicon = bundled_lexicon()
    assert "Web Accessibility Specialist" in analyse([text], lexicon)[0].skills
    for other in ("The build was green, and the audit was clean.", "Be curious, Be kind, CPACC"):
        assert "Web Accessibility Specialist" not in analyse([other], lexicon)[0].skills


def test_a_sentence_opening_with_be_names_no_credential_whose_letters_are_a_form_of_be() -> None:
    """ "Be well-versed in …" opens a duty; no credential's letters that English reads as a form of "be" ("WAS", the
    IAAP's Web Accessibility Specialist) are said by it, since names are matched by their lemmas."""
    text = "Code Reviews: Be skilled in reading code, and stay current with React and Be curious."
    assert "Web Accessibility Specialist" not in analyse([text], bundled_lexicon())[0].skills
