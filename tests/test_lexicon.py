"""The skills lexicon: bundled data, and a user's own skills.yaml next to their CV."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailor.analysis import analyse
from tailor.cli import app
from tailor.errors import SkillsFileError, TailorError
from tailor.lexicon import bundled_lexicon, lexicon_for, own_phrases, with_own_skills
from tailor.rank.terms import related_terms

CV_TEXT = (
    "contact: {name: Ada}\n"
    "experience:\n"
    "  - {id: e, employer: E, role: R, start: '1', bullets: [{id: b, text: Wrote Frobnicator plugins.}]}\n"
)


def test_bundled_lexicon_maps_aliases_to_canonical_names() -> None:
    lexicon = bundled_lexicon()
    assert lexicon.canonical("k8s") == "Kubernetes"
    assert lexicon.canonical("ML") == "machine learning"
    assert lexicon.canonical("torch") == "PyTorch"
    assert {"go", "c", "r"} <= lexicon.ambiguous
    # Fields far from software: a nurse's and a teacher's credentials, in the forms postings use.
    assert lexicon.canonical("NPD-BC") == "nursing professional development"
    assert lexicon.canonical("qualified teacher status") == lexicon.canonical("QTS") == "teaching license"
    assert lexicon.canonical("child protection") == "safeguarding"


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Bluebeam Revu", "Bluebeam"),  # construction
        ("variable frequency drive", "VFD"),  # electrical trades and industrial maintenance
        ("motor control center", "MCC"),
        ("Universal EPA 608", "EPA 608 certification"),  # HVAC and facilities maintenance
        ("EPA Universal Certification", "EPA 608 certification"),  # as job boards name it, without "608"
        ("LOTO", "lockout/tagout"),
        ("National Electrical Code", "NEC"),
        ("RSLogix 5000", "Studio 5000"),
        ("preventative maintenance", "preventive maintenance"),
        ("journeyman electrical license", "journeyman electrician license"),
        ("Professional Engineer (PE) license", "PE license"),
        ("Licensed Clinical Social Worker", "LCSW"),  # social work
        ("dialectical behaviour therapy", "dialectical behavior therapy"),
        ("chef de cuisine", "head chef"),  # kitchens
        ("hazard analysis and critical control points", "HACCP"),
        ("continuous renal replacement therapy", "CRRT"),  # nursing
        ("Trauma Nursing Core Course", "TNCC"),
        ("progressive care certified nurse", "PCCN"),
        ("intrapartum care", "labor and delivery"),  # care during labour and delivery, the nursing specialty's word
        ("ASC 805", "business combinations"),  # accounting and audit
        ("ITGCs", "IT general controls"),
        ("SEC filings", "SEC reporting"),
        ("ASC 740", "income tax provision"),
        ("Certified Internal Auditor", "CIA"),
        ("GL accounts", "general ledger"),  # the ledger's accounts, not the profession: accounting is no account
        ("statutory accounts", "financial reporting"),
        ("Big 4", "Big Four"),
        ("reviewing contracts", "contract review"),  # a revenue accountant's or a paralegal's, no drafting
        ("learning outcomes", "learning objectives"),  # instructional design
        ("UDL", "Universal Design for Learning"),
        ("Tin Can API", "xAPI"),
        ("production part approval process", "PPAP"),  # manufacturing and quality engineering
        ("IQ/OQ/PQ", "process validation"),
        ("gage R&R", "gauge R&R"),
        ("DFM", "design for manufacturability"),
        ("ISO/TS 16949", "IATF 16949"),
        ("tolerance stack-ups", "tolerance stack-up analysis"),
        ("FAI", "first article inspection"),
        ("3PL", "third-party logistics"),  # warehousing, transport and supply chain
        ("less-than-truckload", "LTL"),
        ("forklift certified", "forklift certification"),
        ("powered industrial truck", "forklift operation"),
        ("RF gun", "RF scanner"),
        ("Certified Supply Chain Professional", "CSCP"),
        ("first-in, first-out", "FIFO"),
        ("49 CFR", "DOT regulations"),  # the title of the US code that holds them
        ("CDL-A", "Class A CDL"),  # trucking: the licence's class is its own skill, not any CDL
        ("commercial driver's license Class B", "Class B CDL"),
        ("electronic logging devices", "ELD"),
        ("HOS", "hours of service"),
        ("driver vehicle inspection reports", "DVIR"),
        ("pre-trip inspections", "pre-trip inspection"),
        ("drug & alcohol program", "drug and alcohol testing"),
        ("tank truck", "tanker"),
        ("Transportation Worker Identification Credential", "TWIC"),
        ("Doctor of Pharmacy", "PharmD"),  # pharmacy
        ("Board Certified Pharmacotherapy Specialist", "BCPS"),
        ("MTM", "medication therapy management"),
        ("USP 797", "USP <797>"),
        ("ExCPT", "CPhT"),  # the NHA's exam confers the title as the PTCB's does
        ("Certified Compounded Sterile Preparation Technician", "CSPT"),
        ("automated dispensing cabinet", "automated dispensing cabinets"),
        ("bar-code medication administration", "barcode medication administration"),
        ("PGY-1", "PGY1 residency"),
        ("TIPS-certified", "TIPS certification"),  # bars: "TIPS" alone is also what a server earns
        ("TABC certified", "TABC certification"),
        ("AHT", "average handle time"),  # contact centres
        ("first contact resolution", "first call resolution"),
        ("first reply time", "first response time"),
        ("chat support", "live chat"),
        ("Service Cloud", "Salesforce Service Cloud"),
        ("ticketing systems", "help desk software"),
        ("CSPO", "Certified Scrum Product Owner"),  # product management
        ("PRDs", "product requirements documents"),
        ("backlog grooming", "backlog refinement"),
        ("JTBD", "jobs to be done"),
        ("PLG", "product-led growth"),
        ("product lifecycle management", "PLM"),  # engineering's, not product management's
        ("Certified Fund Raising Executive", "CFRE"),  # fundraising
        ("legacy giving", "planned giving"),
        ("annual giving", "annual fund"),
        ("Blackbaud Raiser's Edge NXT", "Raiser's Edge"),
        ("Blackbaud Altru", "Altru"),  # a museum's or a zoo's admissions, members and donors
        ("Nonprofit Success Pack", "Salesforce NPSP"),
        ("HR information systems", "HRIS"),  # human resources
        ("professional employer organization", "PEO"),
        ("inventory counts", "physical inventory"),  # a store's or a warehouse's count of its stock
        ("stocktaking", "physical inventory"),
        ("meeting planning", "event planning"),  # a meeting planner's, and an association's conferences
        ("conference planning", "event planning"),
        ("plan of care", "care planning"),  # nursing: "develop and carry out the plan of care"
        ("physical assessment", "patient assessment"),
        ("head-to-toe assessment", "patient assessment"),
        ("cash counts", "cash handling"),  # a front desk's or a till's: "Cash count and bill consignment"
        ("one-line diagrams", "schematics"),  # an electrician's or a power engineer's drawing of a power system
        ("single-line diagram", "schematics"),
        ("labor scheduling", "staff scheduling"),  # a restaurant's, a store's, a warehouse's shifts
        ("leading crews", "team leadership"),  # the trades' and field services' teams
        ("crew leader", "team leadership"),
    ],
)
def test_a_fields_own_names_meet_their_canonical_names(alias: str, canonical: str) -> None:
    assert bundled_lexicon().canonical(alias) == canonical


def test_an_estimators_takeoff_and_estimating_software_cost_data_and_services_are_skills_met_in_their_spellings() -> (
    None
):
    lexicon = bundled_lexicon()
    posting = (
        "Estimate in ConEst, WinEst or ProEst; price from RS Means; organise bids by MasterFormat division; "
        "lead bid levelling, constructability reviews and value engineering on design-build work."
    )
    cv = (
        "Construction cost estimator: PlanSwift and Trimble Accubid takeoffs, RSMeans pricing, CSI MasterFormat "
        "estimates, bid leveling in BuildingConnected, Certified Professional Estimator."
    )
    said, held = analyse([posting, cv], lexicon)
    assert {"ConEst", "WinEst", "ProEst", "RSMeans", "CSI MasterFormat", "bid leveling"} <= set(said.skills)
    assert {"constructability review", "value engineering", "design-build"} <= set(said.skills)
    assert {"cost estimating", "PlanSwift", "Accubid", "RSMeans", "CSI MasterFormat"} <= set(held.skills)
    assert {"bid leveling", "BuildingConnected", "Certified Professional Estimator"} <= set(held.skills)
    # An accountant's CPE is continuing education: the letters alone are no estimator's credential.
    continuing = analyse(["Completed 40 hours of CPE each year."], lexicon)[0]
    assert "Certified Professional Estimator" not in continuing.skills


def test_a_dental_hygienists_licence_procedures_and_software_are_skills_their_acronyms_meet_spelled_out() -> None:
    lexicon = bundled_lexicon()
    posting = "Active RDH licence required. Perform SRP and perio charting; chart in Eaglesoft or Open Dental."
    cv = "Registered Dental Hygienist since 2015: scaling and root planing and periodontal charting in Open Dental."
    said, held = analyse([posting, cv], lexicon)
    assert {"RDH", "scaling and root planing", "periodontal charting", "Eaglesoft", "Open Dental"} <= set(said.skills)
    assert {"RDH", "scaling and root planing", "periodontal charting", "Open Dental"} <= set(held.skills)


def test_a_nurse_practitioners_licence_and_board_certification_are_credentials_their_letters_meet_spelled_out() -> None:
    lexicon = bundled_lexicon()
    posting = "Current APRN license and national FNP certification (AANP or ANCC) required."
    cv = "Advanced Practice Registered Nurse, Oregon State Board of Nursing. FNP-BC since 2019."
    said, held = analyse([posting, cv], lexicon)
    assert {"APRN", "FNP certification"} <= set(said.skills)
    assert {"APRN", "FNP certification"} <= set(held.skills)
    # An FNP student or a role's letters alone are no board certification.
    assert "FNP certification" not in analyse(["Precepted FNP students each term."], lexicon)[0].skills


def test_a_periodontal_offices_caries_risk_assessment_cone_beam_scans_and_antimicrobials_are_its_own_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Complete a caries risk assessment at each recall; take CBCT scans for implant planning; place locally "
        "delivered antimicrobials; follow our implant maintenance protocol after full-mouth debridement."
    )
    cv = (
        "Placed Arestin at re-evaluation visits; took cone beam CT images; full mouth debridement for new perio "
        "patients; caries risk assessments for every child."
    )
    asked, said = analyse([posting, cv], lexicon)
    own = {"caries risk assessment", "CBCT", "locally delivered antimicrobials", "full mouth debridement"}
    assert own | {"implant maintenance"} <= set(asked.skills)
    assert own <= set(said.skills)
    # The chart's assessment of decay is no risk assessment of a project, a plant or a portfolio.
    assert "risk assessment" not in asked.skills


def test_a_community_dental_programs_caries_arrest_sealants_and_expanded_practice_permit_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Provide fluoride varnish, sealants and SDF in our school-based sealant program; place ITRs where indicated. "
        "Expanded Practice Dental Hygiene (EPDH) permit required."
    )
    cv = (
        "Applied silver diamine fluoride and interim therapeutic restorations; placed dental sealants for 14 schools "
        "under my Expanded Practice Dental Hygienist permit; ran the school sealant program."
    )
    asked, said = analyse([posting, cv], lexicon)
    own = {"silver diamine fluoride", "interim therapeutic restoration", "dental sealants", "school sealant programs"}
    assert own | {"EPDH"} <= set(asked.skills)
    assert own | {"EPDH"} <= set(said.skills)
    # A builder's sealants, a chemist's SDF files and a tax preparer's ITR are none of them.
    (other,) = analyse(["Caulked joints and applied sealants; loaded SDF files; filed ITR returns."], lexicon)
    assert not own & set(other.skills)
    # California's permit of the same kind, named in full, is no RDH alone.
    (alternative,) = analyse(["Registered Dental Hygienist in Alternative Practice license preferred."], lexicon)
    assert "RDHAP" in alternative.skills and "RDH" not in alternative.skills


def test_a_periodontal_offices_probe_scanner_laser_and_screening_device_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Chart with the Florida Probe; take intraoral scans with iTero; assist with LANAP; Guided Biofilm Therapy."
    )
    cv = "Charted with a Florida Probe, scanned with an iTero intraoral scanner and screened with VELscope."
    asked, said = analyse([posting, cv], lexicon)
    assert {"Florida Probe", "intraoral scanning", "LANAP", "guided biofilm therapy"} <= set(asked.skills)
    assert {"Florida Probe", "intraoral scanning", "VELscope"} <= set(said.skills)
    # A screening device is one way to screen for oral cancer; a computerised probe one way to chart.
    assert "velscope" in {name.lower() for name in lexicon.instances["oral cancer screening"]}
    assert "florida probe" in {name.lower() for name in lexicon.instances["periodontal charting"]}


def test_a_dental_offices_code_set_and_case_acceptance_are_skills_in_the_words_of_either_side() -> None:
    lexicon = bundled_lexicon()
    posting = "Strong knowledge of CDT coding and PPO fee schedules; track KPIs (collections, case acceptance)."
    cv = "Coded claims with CDT codes; presented treatment plans chairside, raising treatment acceptance to 78%."
    asked, said = analyse([posting, cv], lexicon)
    assert {"CDT codes", "case acceptance"} <= set(asked.skills)
    assert {"CDT codes", "case acceptance"} <= set(said.skills)
    # "CDT" alone is a time zone as often: only the code set named as codes or coding.
    (meeting,) = analyse(["The call starts at 9:00 CDT."], lexicon)
    assert "CDT codes" not in meeting.skills


def test_a_hygienists_radiographs_cleanings_and_scaler_are_skills_each_film_a_dental_radiograph() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Perform oral prophylaxis with a Cavitron; take digital radiographs and oral cancer exams; "
        "OSHA blood-borne pathogens training."
    )
    cv = (
        "Hour-long prophy appointments with an ultrasonic scaler; took FMX, bitewings and panoramic X-rays; "
        "oral cancer screenings on every recall; annual bloodborne pathogens training."
    )
    asked, said = analyse([posting, cv], lexicon)
    shared = {"dental prophylaxis", "ultrasonic scaling", "oral cancer screening", "bloodborne pathogens"}
    assert shared | {"radiography"} <= set(asked.skills)
    assert shared | {"full mouth series", "bitewing radiographs", "panoramic radiographs"} <= set(said.skills)
    films = {"full mouth series", "bitewing radiographs", "panoramic radiographs"}
    assert films <= {name.lower() for name in lexicon.instances["dental radiography"]}
    # A posting names the film as the images' kind: "bitewing, panoramic and periapical images".
    (images,) = analyse(["Take bitewing, panoramic and periapical images."], lexicon)
    assert "bitewing radiographs" in images.skills
    # A dental office's practice software keeps its charts: a CV naming it meets a posting asking for an EHR.
    assert {"dentrix", "eaglesoft", "open dental"} <= {name.lower() for name in lexicon.instances["ehr"]}
    # Prophylaxis alone is also a physician's ("DVT prophylaxis"): no dental cleaning.
    (ward,) = analyse(["Ordered DVT prophylaxis for post-operative patients."], lexicon)
    assert "dental prophylaxis" not in ward.skills


def test_an_opticians_certificates_and_an_optometric_technicians_instruments_meet_the_tests_they_make() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "ABO-certified optician, NCLE preferred. Run the auto-refractor, keratometer, non-contact tonometer and "
        "lensometer; take visual fields and retinal camera images; bill VSP and EyeMed."
    )
    cv = (
        "American Board of Opticianry certification; NCLEC. Pretesting: autorefraction, keratometry, tonometry, "
        "lensometry, perimetry, visual acuity testing; measured pupillary distances."
    )
    said, held = analyse([posting, cv], lexicon)
    assert {"ABO certification", "NCLE certification", "autorefraction", "keratometry", "tonometry"} <= set(said.skills)
    assert {"lensometry", "visual field testing", "retinal imaging", "VSP", "EyeMed"} <= set(said.skills)
    assert {"ABO certification", "NCLE certification", "pretesting", "autorefraction"} <= set(held.skills)
    assert {"keratometry", "tonometry", "lensometry", "visual field testing", "visual acuity"} <= set(held.skills)
    assert "pupillary distance" in held.skills
    # A blood group is no optician's board, and a month no scan.
    other = analyse(["Checked ABO compatibility of units; joined Oct 2021."], lexicon)[0]
    assert not {"ABO certification", "optical coherence tomography"} & set(other.skills)


def test_a_tax_preparers_returns_software_and_credentials_meet_the_forms_postings_write() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Prepare 1040, 1120S and 1065 returns for S-corps and partnerships in UltraTax or ProConnect; "
        "multi-state filings; payroll tax returns; PTIN required, enrolled agent preferred; any major tax software."
    )
    cv = (
        "Enrolled Agent. Prepared Form 1040 with Schedule C, Form 1120-S and Form 1065 for S corporation clients in "
        "UltraTax CS and Lacerte; multi-state returns; payroll taxes; QuickBooks Online ProAdvisor."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"Form 1040", "Form 1120-S", "Form 1065", "S corporation", "UltraTax CS", "multi-state tax", "payroll tax"}
    assert wanted | {"ProConnect", "PTIN", "enrolled agent", "tax software"} <= set(said.skills)
    assert wanted | {"enrolled agent", "Lacerte", "QuickBooks ProAdvisor"} <= set(held.skills)
    # A preparer who names a tax package shows the tax software a posting asks for.
    assert "lacerte" in lexicon.instances["tax software"]


def test_a_c_corporation_named_beside_an_s_corporation_is_no_programming_language() -> None:
    lexicon = bundled_lexicon()
    (said,) = analyse(
        ["Prepare returns for partnerships (1065), S corporations (1120-S) and C corporations (1120)."], lexicon
    )
    assert {"S corporation", "C corporation", "Form 1120"} <= set(said.skills)
    assert "C" not in said.skills  # a list of entities, not of languages
    # "gusto" is a word before it is a payroll service.
    assert "Gusto" not in analyse(["Led the carnival parade with gusto."], lexicon)[0].skills


def test_a_paralegals_filing_systems_trial_work_and_credential_meet_in_the_spellings_firms_write() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Efile motions and exhibits in state court; trial prep for two hearings; "
        "Bates stamping of productions; PACER searches; NALA Certified Paralegal preferred."
    )
    cv = (
        "Certified Paralegal. E-filed oppositions through CM/ECF and pulled dockets from "
        "Public Access to Court Electronic Records; led trial preparation; Bates numbering of 9,000 pages."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"e-filing", "trial preparation", "Bates numbering", "PACER", "Certified Paralegal"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)


def test_a_machinists_code_controls_machines_and_cmm_software_are_skills_and_a_surname_no_machine() -> None:
    lexicon = bundled_lexicon()
    posting = "Edit G-code at the control (Fanuc, Haas, Okuma or Mazak); inspect parts on a CMM with PC-DMIS."
    cv = "Wrote G code programs on FANUC controls; ran Haas, Mazak and Okuma mills; programmed PC-DMIS routines."
    said, held = analyse([posting, cv], lexicon)
    wanted = {"G-code", "FANUC", "Haas", "Mazak", "Okuma", "PC-DMIS"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)
    # Haas is a surname and a business school as well: named alone, it is no machine.
    assert "Haas" not in analyse(["MBA, Haas School of Business; reported to Dr. Haas."], lexicon)[0].skills


def test_five_axis_work_machine_builders_controls_and_edm_are_a_machinists_skills_and_edm_alone_is_no_dance() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Set up 5-axis CNC machining centers (DMG Mori, Makino, Hurco) with HEIDENHAIN or Siemens SINUMERIK controls; "
        "run wire EDM and lathes with live tooling."
    )
    cv = (
        "Ran five-axis milling on DMG MORI and Makino machines, Hurco mills and Heidenhain controls (Sinumerik too); "
        "electrical discharge machining; set up live tooling."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"5-axis machining", "DMG Mori", "Makino", "Hurco", "HEIDENHAIN", "SINUMERIK", "EDM", "live tooling"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)
    # "EDM" is dance music and Oracle's enterprise data management too: the machining only beside machine tools.
    assert "EDM" not in analyse(["Produced EDM nights at the club."], lexicon)[0].skills
    assert "EDM" not in analyse(["Application development in Oracle EPM: EDM/EPBCS/FCCS."], lexicon)[0].skills
    assert "EDM" in analyse(["Ran surface grinders, lathes and EDM."], lexicon)[0].skills


def test_continuous_improvement_is_shown_by_the_lean_and_six_sigma_methods_used_to_do_it() -> None:
    related = bundled_lexicon().related["process improvement"]
    assert {"lean methodology", "six sigma", "5s", "smed"} <= set(related)


def test_manufacturing_certificates_standards_and_lean_methods_are_skills_process_optimization_no_maths() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "CMfgE or CQE preferred. Plant certified to ISO 14001:2015. Set takt time and run line balancing; lead TPM "
        "and fault tree analysis; Ishikawa diagrams for root causes. Own process optimization of the molding cells."
    )
    cv = (
        "Certified Manufacturing Engineer (SME). Kept the plant's ISO 14001 certification. Balanced lines to takt "
        "time (assembly line balancing); ran total productive maintenance; wrote fault tree analyses."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"Certified Manufacturing Engineer", "ISO 14001", "takt time", "line balancing", "fault tree analysis"}
    assert wanted | {"process optimization", "root cause analysis"} <= set(said.skills)
    assert wanted | {"total productive maintenance"} <= set(held.skills)
    # A production process tuned is no mathematical optimization, which the bare word names.
    assert "optimization" not in said.skills


def test_lean_standard_work_fixture_design_and_engineering_changes_are_skills_and_standards_no_standard_work() -> None:
    lexicon = bundled_lexicon()
    posting = "Write standardized work; own jig and fixture design; process engineering change notices on time."
    cv = "Built standard work for 40 operators; fixture designs in SolidWorks; ran engineering change orders."
    said, held = analyse([posting, cv], lexicon)
    wanted = {"standard work", "fixture design", "engineering change orders"}
    assert wanted <= set(said.skills) and wanted <= set(held.skills)
    # A posting's quality and safety standards are no lean standard work.
    assert "standard work" not in analyse(["Meet quality and safety standards at work."], lexicon)[0].skills


def test_a_product_design_engineers_analyses_tests_and_vault_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Review tooling, mold flow and DFM reports; run reliability testing (drop, thermal cycling); own thermal "
        "management and heat transfer calculations; lead materials selection; check designs into SolidWorks PDM."
    )
    cv = (
        "Ran Moldflow analysis on PC/ABS housings; wrote reliability test plans for 3 launches; chose resins by "
        "material selection matrices; cut junction temperatures 12 C through heat transfer analysis."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"mold flow analysis", "reliability testing", "heat transfer", "material selection"}
    assert wanted | {"thermal management", "SolidWorks PDM"} <= set(said.skills)
    assert wanted <= set(held.skills)


def test_an_engineering_changes_acronyms_meet_it_spelled_out_and_a_green_products_eco_does_not() -> None:
    lexicon = bundled_lexicon()
    posting = "Release designs and manage engineering change orders in Arena PLM; review drawings for DFM."
    cv = "Owned 40+ ECOs in Windchill PLM; authored ECNs and ECOs for sheet metal and machined parts."
    said, held = analyse([posting, cv], lexicon)
    assert "engineering change orders" in said.skills
    assert "engineering change orders" in held.skills
    # "eco" as a prefix, or a word in small letters, is a green product's, no change to a design.
    for text in (
        "Design eco-friendly packaging from recycled materials.",
        "Apply Eco design principles to our kettles and toasters.",
        "Our ECO mode range cuts standby power.",
    ):
        assert "engineering change orders" not in analyse([text], lexicon)[0].skills, text


def test_a_physicians_board_registration_and_bedside_tools_are_skills_their_acronyms_meet_spelled_out() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Board certified in internal medicine (ABIM); DEA registration; POCUS skills preferred. Build clinical "
        "decision support in Epic with the clinical informatics team."
    )
    cv = (
        "American Board of Internal Medicine, 2015. DEA license, active. Taught point-of-care ultrasound; built "
        "clinical decision support tools with the medical informatics group."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"ABIM", "DEA registration", "point-of-care ultrasound", "clinical decision support"}
    wanted.add("clinical informatics")
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)


def test_a_paramedics_registry_trauma_courses_and_field_tools_are_skills_their_acronyms_meet_spelled_out() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Current National Registry Paramedic (NRP) certification, PHTLS or ITLS, and a valid CPAT card. Interpret "
        "12-lead ECGs, wear self-contained breathing apparatus and chart in the ePCR. FP-C or CCP-C preferred."
    )
    cv = (
        "NREMT-P and Prehospital Trauma Life Support; passed the Candidate Physical Ability Test; 12-lead EKG "
        "interpretation on every chest pain; SCBA; electronic patient care reports; Certified Flight Paramedic."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"NREMT", "PHTLS", "ITLS", "CPAT", "12-lead ECG", "SCBA", "ePCR", "FP-C", "CCP-C"}
    assert wanted <= set(said.skills)
    assert wanted - {"ITLS", "CCP-C"} <= set(held.skills)
    assert "NRP" in analyse(["NRP and PALS for every NICU nurse"], lexicon)[0].skills  # the neonatal course


def test_a_flight_paramedics_procedures_courses_and_quality_review_are_skills_in_the_spellings_protocols_use() -> None:
    # A flight programme's posting listed cricothyrotomy, needle decompression and blood products, none a keyword, so a
    # ground medic looked as fit for it as for a fire department's; and a CV's "CQI committee" met no "QA/QI".
    lexicon = bundled_lexicon()
    posting = (
        "Perform RSI, surgical cricothyrotomy and needle decompression; manage blood product administration and "
        "cardiac monitoring; participate in QA/QI review; CAMTS-required training; AMLS or PEPP preferred. Water "
        "rescue or rope rescue certification a plus."
    )
    cv = (
        "Served on the CQI committee; cricothyroidotomy and needle thoracostomy in the skills lab; wrote the cardiac "
        "monitor orientation; Advanced Medical Life Support; Pediatric Education for Prehospital Professionals."
    )
    said, held = analyse([posting, cv], lexicon)
    procedures = {"cricothyrotomy", "needle decompression", "cardiac monitoring", "AMLS", "PEPP"}
    assert procedures | {"blood product administration", "CAMTS", "water rescue", "rope rescue"} <= set(said.skills)
    assert procedures | {"quality improvement"} <= set(held.skills)
    assert "RSI" not in said.skills  # a trader's relative strength index too
    # The rescue disciplines are technical rescue, building inspections fire prevention, a trauma assessment a
    # patient assessment: related evidence, weaker than the thing itself.
    assert {"vehicle extrication", "rope rescue", "water rescue"} <= set(lexicon.related["technical rescue"])
    assert "fire inspection" in lexicon.related["fire prevention"]
    assert "trauma assessment" in lexicon.related["patient assessment"]


def test_the_fire_services_certification_levels_are_each_a_skill_of_its_own_in_the_spellings_postings_use() -> None:
    # A posting asks for "FFII", "Fire Officer I" and "Fire Officer II"; a résumé lists "Firefighter 2" and "Fire
    # Officer I". As words, the level after a job's word was dropped as a job's grade, so "Fire Officer I" met
    # "Fire Officer II", and the National Fire Protection Association's name spelled out was two loose phrases.
    lexicon = bundled_lexicon()
    posting = (
        "Required: FFII, Fire Officer I and Fire Officer II, Fire Inspector I, Fire Instructor I, Hazmat Ops per "
        "National Fire Protection Association standards, an EVOC card, and EMT-P or a National Registry EMT "
        "certificate. Complete Apparatus Operator classes."
    )
    cv = (
        "Firefighter 2 (2016); Fire Officer 1; Fire Inspector 1; Fire Service Instructor I; hazardous materials "
        "operations level; Emergency Vehicle Operations Course; NFPA 1002 driver/operator for the pumper; NREMT "
        "paramedic."
    )
    said, held = analyse([posting, cv], lexicon)
    levels = {"Firefighter II", "Fire Officer I", "Fire Inspector I", "Fire Instructor I"}
    credentials = {"Hazardous Materials Operations", "NFPA", "EVOC", "paramedic", "Fire Apparatus Driver/Operator"}
    assert levels | credentials | {"Fire Officer II", "NREMT"} <= set(said.skills)
    assert levels | credentials | {"NREMT"} <= set(held.skills)
    assert "Fire Officer II" not in held.skills  # level I is not level II
    assert "firefighter ii" in lexicon.instances["firefighter i"]  # a higher level is held over the lower one
    (officer,) = analyse(["Promoted to Fire Officer I after two years."], lexicon)
    assert "Fire Officer II" not in officer.skills and "Fire Officer I" in officer.skills
    # Incident command, as a résumé writes the practice, is the Incident Command System a posting names.
    assert "Incident Command System" in analyse(["Took incident command at a structure fire."], lexicon)[0].skills


def test_what_the_fire_service_does_is_one_term_each_and_firefighting_is_evidenced_by_fire_suppression() -> None:
    # "Provides emergency medical care" was two keywords, "emergency medical" and "medical care", neither a thing
    # a résumé says; a résumé of fire suppression and SCBA met no "firefighting" at all.
    lexicon = bundled_lexicon()
    (said,) = analyse(
        ["Provides emergency medical care; directs firefighting operations, search and rescue and vehicle "
         "extrication; leads community risk reduction and fire prevention for the emergency medical services."],
        lexicon,
    )  # fmt: skip
    wanted = {"emergency medical care", "firefighting", "search and rescue", "vehicle extrication",
              "community risk reduction", "fire prevention", "emergency medical services"}  # fmt: skip
    assert wanted <= set(said.skills)
    assert {"fire suppression", "scba", "firefighter ii"} <= set(lexicon.related["firefighting"])
    assert {"advanced life support", "paramedic"} <= set(lexicon.related["emergency medical care"])
    assert lexicon.canonical("EMS") == "emergency medical services"  # "1,800 EMS runs a year"
    # "Operation of fire communications equipment" asks for radios run, not communication skills.
    (radios,) = analyse(["Operation of fire communications equipment and radio equipment."], lexicon)
    assert "communications equipment" in radios.skills and "communication skills" not in radios.skills


def test_a_social_platform_is_evidence_of_the_social_media_a_posting_asks_for_but_no_skill_of_its_own() -> None:
    lexicon = bundled_lexicon()
    assert {"instagram", "tiktok", "twitter", "facebook"} <= set(lexicon.related["social media"])
    # Named in passing ("follow us on Instagram", customers "like Facebook"), a platform is no posting keyword.
    (follow,) = analyse(["Follow us on LinkedIn, Instagram and Facebook."], lexicon)
    assert not {"LinkedIn", "Instagram", "Facebook"} & set(follow.skills)


def test_each_bi_platform_is_business_intelligence_a_posting_asking_for_bi_meets() -> None:
    lexicon = bundled_lexicon()
    (built,) = analyse(["Built lead dashboards in Domo and Qlik Sense; migrated reports to Metabase."], lexicon)
    assert {"Domo", "Qlik", "Metabase"} <= set(built.skills)
    assert {"domo", "qlik", "metabase", "tableau"} <= set(lexicon.instances["business intelligence"])
    assert {"domo", "qlik", "dashboards"} <= set(lexicon.related["business intelligence"])


def test_a_managers_one_on_ones_are_one_term_and_evidence_of_leading_a_team_but_one_on_one_tutoring_is_not() -> None:
    lexicon = bundled_lexicon()
    held, tutored = analyse(
        ["Held weekly 1:1s and one-on-one meetings with six reports.", "Gave one-on-one tutoring."], lexicon
    )
    assert "one-on-one meetings" in held.skills and "one-on-one meetings" not in tutored.skills
    assert "one-on-one meetings" in lexicon.related["team leadership"]


def test_communications_systems_are_a_thing_built_not_the_communication_skills_the_bare_word_is() -> None:
    lexicon = bundled_lexicon()
    built, spoken = analyse(
        ["Installed radio and telephone communications systems and telecommunication systems at two sites.",
         "Strong written communication and communication with clients."],
        lexicon,
    )  # fmt: skip
    assert "communications systems" in built.skills and "communication skills" not in built.skills
    assert "communication skills" in spoken.skills


def test_an_imaging_technologists_registries_modalities_and_systems_are_skills_their_acronyms_meet_spelled_out() -> (
    None
):
    lexicon = bundled_lexicon()
    posting = (
        "Registered by the ARRT; BCLS required. Perform X-ray, CT and MRI exams, fluoroscopy and mammography; "
        "administer contrast agents; follow ALARA and radiation protection; send images to PACS and the RIS."
    )
    cv = (
        "American Registry of Radiologic Technologists, 2016. Basic Life Support. Computed tomography and magnetic "
        "resonance imaging; iodinated contrast; as low as reasonably achievable; radiation safety; picture archiving "
        "and communication system; radiology information system; screening mammograms; fluoroscopy."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"ARRT", "BLS", "computed tomography", "MRI", "fluoroscopy", "mammography", "contrast media", "ALARA"}
    wanted |= {"radiation safety", "PACS", "RIS"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)
    # CT is also Connecticut after a town, and a current transformer: alone, it is no scan.
    assert "computed tomography" not in analyse(["Hartford, CT 06103. Wire the CT to the meter."], lexicon)[0].skills


def test_femas_incident_command_courses_are_skills_a_course_code_meets_in_any_version_or_spelling() -> None:
    # A posting asks for "IS-100" or "ICS-100"; a certificate reads "IS-100.C: Introduction to the Incident Command
    # System, ICS 100". As words, "is-100.c" never met "is-100", nor "ICS 100" (a number dropped) "ICS-100".
    lexicon = bundled_lexicon()
    posting = (
        "Completion of FEMA IS-100, ICS-200, IS-700 and IS-800 within six months; ICS-300 and ICS-400 within a "
        "year. Staff the emergency operations center and track NIMS compliance; design HSEEP exercises in WebEOC."
    )
    cv = (
        "IS-100.C: Introduction to the Incident Command System, ICS 100. IS-200.C; IS-700.B: An Introduction to the "
        "National Incident Management System; IS-800.D; ICS 300."
    )
    said, held = analyse([posting, cv], lexicon)
    courses = {"ICS-100", "ICS-200", "ICS-300", "IS-700", "IS-800"}
    assert courses | {"ICS-400", "NIMS", "HSEEP", "WebEOC", "emergency operations center"} <= set(said.skills)
    assert courses | {"Incident Command System", "NIMS"} <= set(held.skills)
    assert "Incident Command System" not in analyse(["Secure ICS and SCADA networks."], lexicon)[0].skills
    assert not analyse(["The site is 100 miles away and the team is 200 strong."], lexicon)[0].skills
    assert {"ics-100", "is-700", "nims", "hseep"} <= set(lexicon.related["emergency management"])


def test_law_enforcement_is_a_skill_that_policing_roles_are_evidence_of() -> None:
    lexicon = bundled_lexicon()
    (said,) = analyse(["8+ years of experience in law enforcement, military or corporate security."], lexicon)
    assert "law enforcement" in said.skills
    assert {"community policing", "criminal investigations", "police officer"} <= set(
        lexicon.related["law enforcement"]
    )


def test_a_911_centres_systems_and_protocols_are_skills_in_the_spellings_its_postings_and_resumes_use() -> None:
    # A posting asks a dispatcher to run a "Computer Assisted Dispatch (CAD) system" and answer "9-1-1" calls; a
    # résumé says "computer-aided dispatch" and "911". As words, the number was dropped and the system was three
    # loose words ("computer", "aid", "aid dispatch"), so neither was a keyword a résumé could meet.
    lexicon = bundled_lexicon()
    posting = (
        "Answer 9-1-1 and E-911 calls for the PSAP, enter incidents in the Computer Assisted Dispatch (CAD) system, "
        "give Emergency Medical Dispatch pre-arrival instructions and run National Crime Information Center queries."
    )
    cv = (
        "Took 911 calls and text-to-911 as a call-taker at a public safety answering point; computer-aided dispatch "
        "(Hexagon); EMD-certified on ProQA and MPDS; NCIC and radio dispatching for 12 agencies."
    )
    said, held = analyse([posting, cv], lexicon)
    shared = {"911", "PSAP", "computer-aided dispatch", "emergency medical dispatch", "NCIC"}
    assert shared | {"E911"} <= set(said.skills)
    tools = {"text-to-911", "call taking", "ProQA", "Medical Priority Dispatch System", "radio dispatch"}
    assert shared | tools <= set(held.skills)
    assert {"911", "psap"} <= set(lexicon.related["e911"])  # every 911 centre answers on Enhanced 911
    # The bare letters stay an engineer's computer-aided design.
    assert "CAD" in analyse(["Drafted parts in CAD, SolidWorks and AutoCAD."], lexicon)[0].skills


def test_a_dietitians_credentials_and_nutrition_care_terms_are_skills_their_acronyms_meet_spelled_out() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "RDN and licensed dietitian required; CNSC preferred, CDCES within two years. Perform NFPE and nutrition "
        "assessments, calculate tube feedings, provide MNT and DSMES, chart in ADIME format. WIC experience a plus."
    )
    cv = (
        "Registered Dietitian Nutritionist; Certified Nutrition Support Clinician. Performed nutrition-focused "
        "physical exams and nutritional assessments; managed enteral nutrition; gave medical nutrition therapy."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"RDN", "licensed dietitian", "CNSC", "CDCES", "NFPE", "nutrition assessment", "enteral nutrition"}
    assert wanted | {"medical nutrition therapy", "DSMES", "ADIME", "WIC"} <= set(said.skills)
    assert {"RDN", "CNSC", "NFPE", "nutrition assessment", "enteral nutrition", "medical nutrition therapy"} <= set(
        held.skills
    )
    # "RD" and "LD" are no aliases: a road in an address, a learning disability.
    (plain,) = analyse(["Visit us at 40 Mill Rd. We support students with LD."], lexicon)
    assert plain.skills == []


def test_a_dietitians_technician_specialist_and_lactation_credentials_and_daily_work_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Supervise NDTRs. IBCLC or Certified Lactation Counselor preferred; CSSD a plus. Provide nutrition "
        "counseling and nutrition education, order therapeutic diets, teach carbohydrate counting, review CGM data "
        "and identify malnutrition. Dietetic internship required."
    )
    cv = (
        "Dietetic Technician, Registered; International Board Certified Lactation Consultant; Board Certified "
        "Specialist in Renal Nutrition. Gave nutritional counseling; taught carb counting; read continuous glucose "
        "monitor reports; precepted dietetic interns."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"NDTR", "IBCLC", "Certified Lactation Counselor", "CSSD", "nutrition counseling", "nutrition education"}
    assert wanted | {"therapeutic diets", "carbohydrate counting", "continuous glucose monitoring"} <= set(said.skills)
    assert {"malnutrition", "dietetic internship"} <= set(said.skills)
    renal = "Board Certified Specialist in Renal Nutrition"
    assert {"NDTR", "IBCLC", renal, "nutrition counseling"} <= set(held.skills)
    assert {"carbohydrate counting", "continuous glucose monitoring", "dietetic internship"} <= set(held.skills)
    # The boards' and the technician's bare acronyms are other things: customer service, a security officer, reflexes.
    (plain,) = analyse(["Our CSR team and the CSO checked DTR reflexes."], lexicon)
    assert plain.skills == []


def test_a_dietitians_assessment_care_process_and_therapy_are_shown_by_their_parts() -> None:
    lexicon = bundled_lexicon()
    assert {"nfpe", "anthropometrics", "malnutrition"} <= set(lexicon.related["nutrition assessment"])
    assert {"adime", "nutrition assessment"} <= set(lexicon.related["nutrition care process"])
    assert {"therapeutic diets", "enteral nutrition", "nutrition counseling"} <= set(
        lexicon.related["medical nutrition therapy"]
    )
    assert {"nutrition counseling", "dsmes"} <= set(lexicon.related["patient education"])


def test_a_speech_language_pathologists_certificate_disorders_and_studies_are_skills_met_spelled_out() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "CCC-SLP and Hmong preferred. Treat aphasia, dysphagia and autism; run MBSS; train staff on AAC devices; "
        "supervise SLPAs; chart in WebPT."
    )
    cv = (
        "Holds the Certificate of Clinical Competence in Speech-Language Pathology. Treated swallowing disorders "
        "with videofluoroscopic swallow studies; built augmentative and alternative communication systems."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"CCC-SLP", "aphasia", "dysphagia", "autism spectrum disorder", "modified barium swallow study"}
    assert wanted | {"AAC", "SLPA", "WebPT", "Hmong"} <= set(said.skills)
    assert {"CCC-SLP", "dysphagia", "modified barium swallow study", "AAC"} <= set(held.skills)
    assert (
        "webpt" in lexicon.instances["ehr"]
    )  # a therapy practice's EMR: a CV naming it meets a posting asking for one
    # The words that would meet a field's term in ordinary text stay out: "fees", a "prompt" reply.
    (plain,) = analyse(["Pay the fees and send a prompt reply."], lexicon)
    assert plain.skills == []


def test_a_speech_language_pathologists_disorders_tests_programmes_and_bodies_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "ASHA member with a Clinical Fellowship Year behind you. Treat dysarthria, apraxia of speech, stuttering, "
        "voice disorders and speech sound disorders; assess with the CELF-5; run FEES with our ENT team; program "
        "speech-generating devices. Australian applicants: Speech Pathology Australia membership."
    )
    said, held = analyse([posting, "Licensed speech-language pathologist; ran the Lidcombe Program."], lexicon)
    wanted = {"ASHA", "clinical fellowship", "dysarthria", "apraxia of speech", "stuttering", "voice disorders"}
    wanted |= {"speech sound disorders", "CELF", "fiberoptic endoscopic evaluation of swallowing"}
    assert wanted | {"speech-generating devices", "Speech Pathology Australia"} <= set(said.skills)
    assert {"SLP license", "Lidcombe Program"} <= set(held.skills)
    # The profession's Australian name is the profession; its degree's "communication" is no communication skill.
    assert lexicon.canonical("speech pathology") == "speech-language pathology"
    (degree,) = analyse(["MS, Communication Sciences and Disorders"], lexicon)
    assert "communication skills" not in degree.skills
    # FEES is the study only where it reads as a skill; a posting's fees stay fees.
    (fees,) = analyse(["Fees, Taxes and Licenses are paid by us; no application fees."], lexicon)
    assert "fiberoptic endoscopic evaluation of swallowing" not in fees.skills
    # An SGD is an AAC system, stuttering a fluency disorder: a CV that shows one meets a posting asking for the kind.
    assert "speech-generating devices" in lexicon.instances["aac"]
    assert "stuttering" in lexicon.instances["fluency disorders"]
    assert "stuttering" in related_terms(lexicon)["fluency disorders"]
    # A device a person communicates by is no communication skill, in an SLP's posting or a dispatcher's.
    (devices,) = analyse(["Recommends communication devices/aids; operates radio communication devices."], lexicon)
    assert "communication skills" not in devices.skills
    assert "communication devices" in related_terms(lexicon)["aac"]
    # AAC is assistive technology, and its devices with it: a CV that programs them meets a posting asking for AT.
    (said_at,) = analyse(["Recommend assistive technology and home modifications."], lexicon)
    assert "assistive technology" in said_at.skills
    assert {"aac", "speech-generating devices"} <= set(lexicon.instances["assistive technology"])


def test_the_settings_of_care_a_posting_asks_experience_of_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = "One year in an acute care setting preferred; SNF, inpatient rehab or home health experience a plus."
    cv = "Worked in acute-care hospitals and skilled nursing facilities; supervised home health aides."
    said, held = analyse([posting, cv], lexicon)
    wanted = {"acute care", "skilled nursing facility", "inpatient rehabilitation", "home health"}
    assert wanted <= set(said.skills)
    assert {"acute care", "skilled nursing facility", "home health aide"} <= set(held.skills)
    assert "home health" not in held.skills  # the aide is a role of its own, the longer name


def test_australian_allied_health_and_disability_registrations_and_checks_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = "Current AHPRA registration, a Working with Children Check and an NDIS Worker Screening Check."
    cv = "Delivered therapy to National Disability Insurance Scheme participants; holds a WWCC."
    said, held = analyse([posting, cv], lexicon)
    assert {"AHPRA", "Working with Children Check", "NDIS Worker Screening Check"} <= set(said.skills)
    assert "NDIS" not in said.skills  # the check is the longer name, not the scheme
    assert {"NDIS", "Working with Children Check"} <= set(held.skills)


def test_a_controls_technicians_protocols_and_platforms_are_skills_the_industrial_protocol_no_plain_ethernet() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Build HMI screens in FactoryTalk View, edit logic in Siemens TIA Portal and commission drives on "
        "EtherNet/IP, DeviceNet, PROFINET and Modbus TCP networks; terminate 480V switchgear."
    )
    cv = "Ran Cat6 Ethernet cabling for office networks; wired a human-machine interface panel."
    said, held = analyse([posting, cv], lexicon)
    wanted = {"HMI", "FactoryTalk View", "TIA Portal", "EtherNet/IP", "DeviceNet", "PROFINET", "Modbus", "switchgear"}
    assert wanted <= set(said.skills)
    assert "Ethernet" not in said.skills  # the Industrial Protocol is no office network
    assert "HMI" in held.skills and "EtherNet/IP" not in held.skills


def test_hvac_r_in_any_spelling_is_the_hvac_trade_and_never_the_r_language() -> None:
    lexicon = bundled_lexicon()
    texts = [
        "5+ years of commercial HVAC/R service experience; HVACR or HVAC-R school a plus.",
        "Certificate in heating, ventilation, air conditioning and refrigeration.",
        "Modelled churn in Python/R.",
    ]
    trade, spelled_out, analyst = analyse(texts, lexicon)
    assert trade.skills == ["HVAC"]  # the refrigeration trade's "/R" is no programming language
    assert spelled_out.skills == ["HVAC"]
    assert {"Python", "R"} <= set(analyst.skills)  # a list of languages still names R


def test_a_journeyman_license_is_any_trades_and_each_trades_licence_is_one() -> None:
    lexicon = bundled_lexicon()
    posting, plumber, fitter = analyse(
        [
            "Journeyman license or completion of a union apprenticeship required.",
            "Holds an Oregon Journeyman Plumber License since 2016.",
            "Ohio Journeyman Mechanical License (HVAC), No. 00-1234.",
        ],
        lexicon,
    )
    assert posting.skills == ["journeyman license"]  # not the electrician's: plumbers and fitters hold one too
    assert plumber.skills == ["journeyman plumber license"]
    assert "journeyman mechanical license" in fitter.skills
    # Each trade's licence is a journeyman licence: a CV that shows one meets a posting that asks for any.
    trades = {"journeyman electrician license", "journeyman plumber license", "journeyman mechanical license"}
    assert trades <= set(lexicon.instances["journeyman license"])


def test_a_building_automation_technicians_certificates_protocols_and_platforms_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Commission direct digital control panels on BACnet MS/TP; program Johnson Controls Metasys and Tridium "
        "Niagara 4 front ends for variable air volume and variable refrigerant flow systems. NATE certification, "
        "a stationary engineer licence or CHFM a plus; experience with building management systems."
    )
    cv = "NATE-certified tech: tuned DDC controllers, VAV boxes and VRF units on a building automation system."
    said, held = analyse([posting, cv], lexicon)
    wanted = {"DDC controls", "BACnet", "Metasys", "Niagara Framework", "VAV", "VRF", "NATE certification"}
    assert wanted | {"stationary engineer license", "CHFM", "building automation"} <= set(said.skills)
    assert wanted - {"BACnet", "Metasys", "Niagara Framework"} | {"building automation"} <= set(held.skills)
    # Their everyday words stay out: a person, a river, a library's shelving.
    (plain,) = analyse(["Nate Smith drove us to Niagara Falls; shelve the books by DDC number."], lexicon)
    assert plain.skills == []


def test_a_front_end_loader_is_heavy_equipment_and_no_frontend_development() -> None:
    lexicon = bundled_lexicon()
    operator, developer = analyse(
        ["Operate a front-end loader, skid-steer and backhoe on road crews.", "Built the front-end in React."],
        lexicon,
    )
    assert operator.skills == ["front-end loader", "skid steer", "backhoe"]
    assert "frontend development" in developer.skills  # a web developer's front-end is still theirs


def test_a_fundraisers_donor_databases_are_skills_each_a_crm_and_a_donor_database() -> None:
    lexicon = bundled_lexicon()
    text = "Keep gift records in Raiser's Edge or Salesforce NPSP; grow major gifts and planned giving."
    (said,) = analyse([text], lexicon)
    assert {"Raiser's Edge", "Salesforce NPSP", "major gifts", "planned giving"} <= set(said.skills)
    # Each is a CRM and a donor database: a CV naming one meets a posting asking for either kind.
    for kind in ("crm", "donor database"):
        assert {"raiser's edge", "salesforce npsp"} <= set(lexicon.instances[kind]), kind
    assert "salesforce npsp" in lexicon.instances["salesforce"]  # Salesforce's nonprofit edition is Salesforce


def test_a_meeting_planners_certificates_platforms_and_terms_are_skills_and_evidence_of_event_planning() -> None:
    lexicon = bundled_lexicon()
    text = "Certified Meeting Professional (CMP) or CSEP; negotiate room blocks, write BEOs and the run-of-show."
    text += " Register attendees in Cvent."
    (said,) = analyse([text], lexicon)
    assert {"CMP", "CSEP", "room blocks", "banquet event orders", "run of show", "Cvent"} <= set(said.skills)
    assert {"cmp", "csep", "cvent", "room blocks"} <= set(lexicon.related["event planning"])
    # Each platform is event management software: a CV naming one meets a posting asking for the kind.
    assert {"cvent", "eventbrite", "bizzabo"} <= set(lexicon.instances["event management software"])


def test_a_planners_trade_shows_food_and_beverage_and_audiovisual_meet_in_the_spellings_the_trade_writes() -> None:
    lexicon = bundled_lexicon()
    for one, other in (
        ("Staffed tradeshows across Europe.", "Experience with trade shows."),
        ("Met every F&B minimum.", "Plan food and beverage for each function."),
        ("Booked the A/V crew.", "Coordinate audio-visual vendors."),
        ("Ran two incentive trips to Cabo.", "Plans incentive travel programs."),
    ):
        (cv, posting) = analyse([one, other], lexicon)
        assert cv.skills and cv.skills == posting.skills, (one, other)
    # "AV" counts where its context says a skill: listed with one, or after "with".
    for text in ("Ran registration in Cvent, AV and F&B.", "Work with AV vendors on each general session."):
        assert "audiovisual" in analyse([text], lexicon)[0].skills, text
    # An "AV" whose context says no skill is no audiovisual (a robotics team's autonomous vehicles), nor is a
    # security team's antivirus named with its EDR.
    (fleet, endpoint) = analyse(["Tools for the Cruise AV Operations Team.", "Deploy AV/EDR agents."], lexicon)
    assert "audiovisual" not in fleet.skills
    assert endpoint.skills == ["EDR"]
    # A server's food and beverage service is named apart from the planner's food and beverage.
    (said,) = analyse(["Food and beverage service experience."], lexicon)
    assert said.skills == ["food and beverage service"]


def test_delphi_is_a_name_of_its_own_a_hotels_system_or_pascals_environment_and_only_related_to_pascal() -> None:
    lexicon = bundled_lexicon()
    (said,) = analyse(["Experience with Delphi or Opera Sales & Catering."], lexicon)
    assert "Delphi" in said.skills and "Pascal" not in said.skills
    assert "delphi" in set(lexicon.related["pascal"])


def test_insurance_pricings_lines_rating_methods_and_credentials_are_skills_each_soa_exam_an_actuarial_exam() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Passage of one or more actuarial exams toward ACAS/FCAS. Support ratemaking and rate filings for commercial "
        "lines: loss ratio, loss development, exposure rating and experience rating. Active P&C license."
    )
    cv = (
        "Passed SOA Exam P and Exam FM. Cut the loss ratio of a commercial auto book; priced accounts with experience "
        "and schedule rating; ordered loss runs; fitted GLMs with the actuaries. Property & Casualty Producer License."
    )
    said, held = analyse([posting, cv], lexicon, near=True)
    wanted = {"actuarial exams", "ACAS", "FCAS", "ratemaking", "rate filings", "commercial lines", "loss ratio"}
    assert "property and casualty license" in set(said.skills) & set(held.skills)  # the licence in any spelling
    assert wanted | {"loss development", "exposure rating", "experience rating"} <= set(said.skills)
    assert {"Exam P", "Exam FM", "loss ratio", "commercial auto", "schedule rating", "loss runs"} <= set(held.skills)
    assert "experience rating" in held.within  # "experience and schedule rating" shares its head
    # Each SOA exam is an actuarial exam: a CV that shows one meets a posting asking for "actuarial exams".
    assert {"exam p", "exam fm"} <= set(lexicon.instances["actuarial exams"])
    # A GLM is insurance's predictive model; the ratemaking syllabus's measures and methods are evidence of ratemaking.
    assert "generalized linear models" in lexicon.related["predictive modeling"]
    assert {"loss ratio", "experience rating", "rate adequacy"} <= set(lexicon.related["ratemaking"])
    assert {"rate level indication", "loss trend"} <= set(lexicon.related["ratemaking"])


def test_reserving_and_valuation_methods_and_the_societys_designations_are_skills_met_spelled_out() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Set IBNR with chain-ladder and Bornhuetter Ferguson methods; run cash flow testing and principles-based "
        "reserving under VM-20; report under LDTI and IFRS17. Associate of the Society of Actuaries required; "
        "a degree in actuarial science, statistics or mathematics."
    )
    cv = (
        "Estimated incurred but not reported claims by the chain ladder and Bornhuetter-Ferguson methods. Led the "
        "long-duration targeted improvements transition; ran experience studies. Associate of the Society of "
        "Actuaries; Member of the American Academy of Actuaries; Chartered Enterprise Risk Analyst. B.S. Actuarial "
        "Science."
    )
    said, held = analyse([posting, cv], lexicon)
    both = {"IBNR", "chain ladder", "Bornhuetter-Ferguson", "LDTI", "Associate of the Society of Actuaries"}
    assert both | {"actuarial science"} <= set(said.skills) & set(held.skills)
    assert {"cash flow testing", "principle-based reserving", "VM-20", "IFRS 17"} <= set(said.skills)
    assert {"experience studies", "MAAA", "CERA"} <= set(held.skills)
    # The reserving methods are evidence of loss reserving, the SOA's risk credential of risk management, and IFRS 17
    # one of the IFRS.
    assert {"ibnr", "chain ladder", "bornhuetter-ferguson"} <= set(lexicon.related["loss reserving"])
    assert "cera" in lexicon.related["risk management"]
    assert "ifrs 17" in lexicon.instances["ifrs"]
    # Loss reserving and principle-based reserving are each actuarial reserving.
    (asked,) = analyse(["An expert in actuarial reserving techniques."], lexicon)
    assert "actuarial reserving" in asked.skills
    assert {"loss reserving", "principle-based reserving"} <= set(lexicon.instances["actuarial reserving"])


def test_medicare_advantage_and_value_based_care_are_skills_each_whole_and_the_plan_part_of_medicare() -> None:
    (said,) = analyse(["Knowledge of Medicare Advantage and value-based care programs."], bundled_lexicon())
    assert {"Medicare Advantage", "value-based care"} <= set(said.skills)
    assert "medicare advantage" in bundled_lexicon().instances["medicare"]


def test_a_hyphenated_project_management_and_the_old_name_of_google_sheets_meet_their_skills() -> None:
    (said,) = analyse(["Strong project-management abilities; Google Spreadsheets/Excel."], bundled_lexicon())
    assert {"project management", "Google Sheets", "Microsoft Excel"} <= set(said.skills)


def test_work_management_tools_are_skills_and_evidence_of_project_management() -> None:
    lexicon = bundled_lexicon()
    # Operations, program and project managers name the tools they track work in, as postings ask for them.
    assert [lexicon.canonical(name) for name in ("smartsheet", "asana", "trello")] == ["Smartsheet", "Asana", "Trello"]
    assert {"smartsheet", "asana", "trello"} <= set(lexicon.related["project management"])
    assert "asana" in lexicon.ambiguous  # a yoga teacher's asanas are poses, not the tool


def test_a_product_or_certificate_of_a_field_is_evidence_of_it_not_another_name_for_it() -> None:
    lexicon = bundled_lexicon()
    # Epic is an EHR, and HACCP and ServSafe are ways of keeping food safe: related, each its own entry.
    assert lexicon.canonical("Epic") == "Epic" and "epic" in lexicon.related["ehr"]
    assert lexicon.canonical("HACCP") == "HACCP" and lexicon.canonical("ServSafe") == "ServSafe"
    assert {"haccp", "servsafe"} <= set(lexicon.related["food safety"])
    # A balloon pump or an Impella is a device of mechanical circulatory support, not its name.
    assert {"iabp", "impella", "ecmo"} <= set(lexicon.related["mechanical circulatory support"])
    # Bare "DBT" stays the data tool; the therapy is named in full or by a clinician's phrase.
    assert lexicon.canonical("DBT") == "dbt" and lexicon.canonical("DBT skills") == "dialectical behavior therapy"


def test_a_scrum_event_is_evidence_of_scrum_and_no_other_name_for_it() -> None:
    lexicon = bundled_lexicon()
    # A posting's "sprint planning" asks for the event; a CV's "Scrum" names the framework it belongs to.
    assert lexicon.canonical("sprint planning") == "sprint planning" and lexicon.canonical("Scrum") == "Scrum"
    assert "sprint planning" in lexicon.related["scrum"]


def test_an_auditors_standards_frameworks_and_certificates_are_skills_and_evidence_of_auditing() -> None:
    lexicon = bundled_lexicon()
    (said,) = analyse(["Apply GAAS and PCAOB standards and the COSO framework; CPA, CIA or CISA required."], lexicon)
    assert {"GAAS", "PCAOB", "COSO", "CIA", "CISA"} <= set(said.skills)
    assert {"pcaob", "coso", "it general controls"} <= set(lexicon.related["auditing"])
    assert {"xbrl", "workiva"} <= set(lexicon.related["sec reporting"])
    # CIA is the certificate in a list of them, not the agency in a sentence.
    assert "CIA" not in analyse(["A former CIA analyst"], lexicon)[0].skills


def test_digital_forensics_is_its_own_skill_and_evidence_of_incident_response_not_another_name_for_it() -> None:
    # A detective's phone extractions or an e-discovery analyst's imaging are digital forensics, not a breach's
    # response: as an alias, a CV saying one met a posting asking for the other at full weight.
    lexicon = bundled_lexicon()
    (examiner,) = analyse(
        ["Extracted phone data with Cellebrite UFED; computer forensics with EnCase and FTK."], lexicon
    )
    assert {"Cellebrite", "digital forensics", "EnCase", "FTK"} <= set(examiner.skills)
    assert "incident response" not in examiner.skills
    assert "incident response" not in analyse(["Digital forensics for the District Attorney."], lexicon)[0].skills
    assert "digital forensics" in lexicon.related["incident response"]
    assert {"cellebrite", "encase", "ftk"} <= set(lexicon.related["digital forensics"])


def test_reports_an_investigator_or_a_school_writes_are_no_journalism_though_reporting_lemmatises_to_report() -> None:
    # The lemma of "reporting" is "report": as aliases, "investigative reporting" and "news reporting" made a
    # security posting's "investigative reports" and a press office's "news reports" a journalist's skills.
    lexicon = bundled_lexicon()
    for text in (
        "Write investigative reports for HR and Legal.",
        "Publish the district's annual accountability reports.",
        "Monitor news reports and social media.",
    ):
        (said,) = analyse([text], lexicon)
        assert not {"investigative journalism", "news writing"} & set(said.skills), text
    assert lexicon.canonical("accountability journalism") == "investigative journalism"


def test_a_newsrooms_data_reporting_bodies_and_broadcast_editing_system_are_skills_and_everyday_words_are_not() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Membership in IRE or completion of a NICAR boot camp. Video editing experience (Adobe Premiere or Avid); "
        "scripts in ENPS or iNews."
    )
    cv = (
        "Investigative Reporters and Editors member; Avid Media Composer; National Institute for Computer-Assisted "
        "Reporting"
    )
    asked, said = analyse([posting, cv], lexicon)
    own = {"Investigative Reporters and Editors", "NICAR", "Avid Media Composer"}
    assert own | {"ENPS", "iNews"} <= set(asked.skills)
    assert own <= set(said.skills)
    # An avid reader and a customer's ire are words, no editing system and no body of reporters.
    (everyday,) = analyse(["An avid reader who met the ire of the council with calm."], lexicon)
    assert not {"Avid Media Composer", "Investigative Reporters and Editors"} & set(everyday.skills)


def test_a_court_reporters_credentials_and_stenography_are_skills_and_a_newspapers_court_reporter_no_stenographer() -> (
    None
):
    lexicon = bundled_lexicon()
    posting = (
        "Registered Professional Reporter (RPR) required; Certified Realtime Reporter or RMR preferred. Produce "
        "verbatim records on a stenotype machine in Case CATalyst or Eclipse CAT software."
    )
    cv = "Registered Merit Reporter and Certified Realtime Reporter; stenographer for the county court since 2015."
    asked, said = analyse([posting, cv], lexicon)
    credentials = {"Registered Professional Reporter", "Certified Realtime Reporter", "Registered Merit Reporter"}
    assert credentials | {"stenography", "Case CATalyst", "Eclipse CAT"} <= set(asked.skills)
    assert {"Certified Realtime Reporter", "Registered Merit Reporter", "stenography"} <= set(said.skills)
    # A newspaper's courts reporter covers trials: no stenography.
    (journalist,) = analyse(["Court reporter for the Harbor Ledger: covered trials and the sheriff's office."], lexicon)
    assert "stenography" not in journalist.skills


def test_lean_named_beside_other_methods_is_the_methodology_and_a_lean_team_is_not() -> None:
    lexicon = bundled_lexicon()
    assert "Lean methodology" in analyse(["Lead Lean and Six Sigma process improvement."], lexicon)[0].skills
    assert "Lean methodology" in analyse(["Trained in Lean and Kaizen."], lexicon)[0].skills
    assert "Lean methodology" not in analyse(["We are a lean, fast-moving team."], lexicon)[0].skills
    assert "Lean methodology" not in analyse(["Lean on your colleagues when the clinic is busy."], lexicon)[0].skills


def test_a_standard_and_its_chapter_number_in_angle_brackets_is_one_skill_and_each_chapter_its_own() -> None:
    # "USP <797>" and "USP <800>" are two standards; read as words, both were the one term "usp", so a CV that
    # names one chapter met a posting asking for the other.
    (said,) = analyse(["Sterile compounding compliant with USP <797> and USP <800>."], bundled_lexicon())
    assert said.skills == ["sterile compounding", "USP <797>", "USP <800>"]
    assert "usp" not in said.terms


def test_two_things_of_one_field_are_two_skills_not_one_under_two_names() -> None:
    lexicon = bundled_lexicon()
    # A lookup formula is no pivot table, and a stock count's valuation is no company's: each its own skill,
    # related to the tool or field they are part of.
    (excel,) = analyse(["Excel skills (VLOOKUP, pivot tables)"], lexicon)
    assert {"VLOOKUP", "pivot tables"} <= set(excel.skills)
    assert {"vlookup", "pivot tables"} <= set(lexicon.related["microsoft excel"])
    (costing,) = analyse(["Lead standard costing and inventory valuation."], lexicon)
    assert costing.skills == ["standard costing", "inventory valuation"]
    assert {"standard costing", "inventory valuation"} <= set(lexicon.related["cost accounting"])


def test_an_acronym_that_is_an_everyday_word_is_the_skill_only_in_capitals() -> None:
    lexicon = bundled_lexicon()
    assert "special education" in analyse(["Experience with SEND pupils."], lexicon)[0].terms
    assert "special education" not in analyse(["We send a weekly newsletter."], lexicon)[0].terms


def test_a_skills_file_next_to_the_cv_adds_aliases(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(CV_TEXT, encoding="utf-8")
    (tmp_path / "skills.yaml").write_text("skills:\n  Frobnicator: [frob]\n", encoding="utf-8")
    assert lexicon_for(tmp_path / "cv.yaml").canonical("frob") == "Frobnicator"
    posting = tmp_path / "posting.txt"
    posting.write_text("Requirements:\n- Frob experience.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["match", str(posting), "--cv", str(tmp_path / "cv.yaml"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "frobnicator" in data["bullets"][0]["terms"]
    assert [k["term"] for k in data["keywords"]] == ["Frobnicator"]
    assert data["keywords"][0]["status"] == "selected"


def test_an_alias_with_a_us_states_slot_names_every_states_own(tmp_path: Path) -> None:
    lexicon = bundled_lexicon()
    # Each state's bar admits its lawyers: the Florida Bar, the State Bar of New Mexico, the Ohio State Bar.
    for said in ("Florida Bar", "State Bar of New Mexico", "Ohio State Bar", "the New Hampshire bar"):
        assert "bar admission" in analyse([f"Admitted to {said}."], lexicon)[0].terms, said
    # A lawyer says the state's admission without the word "bar" too.
    for said in ("Admitted in New Jersey and New York.", "Admitted to practice in Ohio and before the Sixth Circuit."):
        assert "bar admission" in analyse([said], lexicon)[0].terms, said
    assert "bar admission" not in analyse(["Admitted patients in the ICU."], lexicon)[0].terms
    assert lexicon.canonical("{US state} Bar") is None  # the slot itself is no name
    # The slot works in a user's own file as in the bundled one.
    (tmp_path / "cv.yaml").write_text(CV_TEXT, encoding="utf-8")
    (tmp_path / "skills.yaml").write_text(
        'skills:\n  state notary: ["{US state} notary commission"]\n', encoding="utf-8"
    )
    assert lexicon_for(tmp_path / "cv.yaml").canonical("Texas notary commission") == "state notary"


def test_a_broken_skills_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "skills.yaml").write_text("skills: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(TailorError, match=r"skills\.yaml"):
        lexicon_for(tmp_path / "cv.yaml")


def test_a_skills_file_can_name_its_own_supporting_activities(tmp_path: Path) -> None:
    (tmp_path / "skills.yaml").write_text("supporting:\n  judging: [hackathon judge]\n", encoding="utf-8")
    lexicon = lexicon_for(tmp_path / "cv.yaml")
    assert lexicon.supporting["judging"] == ("hackathon judge",)
    assert "teaching assistant" in lexicon.supporting["teaching"]


def test_spoken_languages_are_skills_ambiguous_by_nature_and_a_skills_file_adds_its_own(tmp_path: Path) -> None:
    bundled = bundled_lexicon()
    assert bundled.canonical("Farsi") == "Persian" and {"farsi", "persian", "german"} <= bundled.spoken
    assert bundled.spoken <= bundled.ambiguous  # "a German company" is no German
    (tmp_path / "skills.yaml").write_text("spoken:\n  Yoruba: [Èdè Yorùbá]\n", encoding="utf-8")
    lexicon = lexicon_for(tmp_path / "cv.yaml")
    assert lexicon.canonical("yoruba") == "Yoruba" and {"yoruba", "german"} <= lexicon.spoken <= lexicon.ambiguous


def test_a_supporting_list_of_the_wrong_shape_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "skills.yaml").write_text("supporting: [teaching]\n", encoding="utf-8")
    with pytest.raises(TailorError, match="'supporting'"):
        lexicon_for(tmp_path / "cv.yaml")


def test_the_bundled_lexicon_is_a_valid_skills_file_read_as_written() -> None:
    from ruamel.yaml import YAML

    from tailor.lexicon import BUNDLED, SkillsFile

    raw = YAML(typ="safe").load(BUNDLED.read_text(encoding="utf-8"))
    # Validated, nothing changes: the fast unvalidated read at start-up sees the same data.
    assert SkillsFile.model_validate(raw).model_dump() == raw


def test_excels_lookup_functions_are_three_skills_each_evidence_of_excel() -> None:
    # A CV that says XLOOKUP has not said VLOOKUP: they were one name.
    lexicon = bundled_lexicon()
    assert len({lexicon.canonical(name) for name in ("VLOOKUP", "XLOOKUP", "INDEX/MATCH")}) == 3
    assert {"vlookup", "xlookup", "index match"} <= set(lexicon.related["microsoft excel"])


def test_every_name_of_the_bundled_lexicon_belongs_to_one_entry() -> None:
    # A name written in two entries means the one read last, silently: "product lifecycle management" had
    # been product management and PLM at once, "design of experiments" an alias and an entry of its own.
    from ruamel.yaml import YAML

    from tailor.lexicon import BUNDLED

    entries: dict[str, list[str]] = {}
    for canonical, aliases in YAML(typ="safe").load(BUNDLED.read_text(encoding="utf-8"))["skills"].items():
        for name in {canonical.lower(), *(a.lower() for a in aliases or [])}:
            entries.setdefault(name, []).append(canonical)
        # Names are matched without regard to case: an alias in other capitals says nothing more.
        assert all(a.lower() != canonical.lower() for a in aliases or []), canonical
    assert {name: owners for name, owners in entries.items() if len(owners) > 1} == {}


def test_no_name_of_the_bundled_lexicon_is_a_piece_of_a_name_with_commas_split_apart() -> None:
    # A flow list splits at every comma: an unquoted "Comprehensive Environmental Response, Compensation, and
    # Liability Act" made "Compensation" a name of CERCLA, found in every posting's pay section.
    pieces = [name for name in bundled_lexicon().names if re.match(r"(?:and|or|&)\s", name)]
    assert pieces == []


def test_a_related_phrase_that_names_a_skill_is_written_as_its_canonical_name() -> None:
    # Analysis turns an alias into its canonical name, so a relation written with the alias ("upsell" for
    # upselling) would never meet a term.
    lexicon = bundled_lexicon()
    written = [(topic, phrase) for topic, phrases in lexicon.related.items() for phrase in (topic, *phrases)]
    assert [(t, p) for t, p in written if (name := lexicon.canonical(p)) and name.lower() != p] == []


def test_every_instance_and_its_kind_are_skills_of_the_lexicon(tmp_path: Path) -> None:
    bundled = bundled_lexicon()
    canonical = {name.lower() for name in bundled.names.values()}
    assert bundled.instances["ehr"] == (
        "epic",
        "cerner",
        "webpt",
        "meditech",
        "athenahealth",
        "eclinicalworks",
        "pointclickcare",
        "dentrix",
        "eaglesoft",
        "open dental",
        "epic willow",
        "epic beaker",
    )  # Epic's own instances too
    for kind, members in bundled.instances.items():
        assert kind in canonical and set(members) <= canonical, kind
    (tmp_path / "skills.yaml").write_text("instances:\n  EHR: [Epic, Meditech]\n", encoding="utf-8")
    assert lexicon_for(tmp_path / "cv.yaml").instances["ehr"] == (
        "epic",
        "meditech",
        "epic willow",
        "epic beaker",
    )  # the user's wins


def test_every_credential_held_together_and_its_parts_are_skills_of_the_lexicon(tmp_path: Path) -> None:
    bundled = bundled_lexicon()
    canonical = {name.lower() for name in bundled.names.values()}
    assert bundled.combined["x endorsement"] == ("hazmat endorsement", "tanker endorsement")
    for whole, parts in bundled.combined.items():
        assert whole in canonical and len(parts) >= 2 and set(parts) <= canonical, whole
    (tmp_path / "skills.yaml").write_text("combined:\n  Dual RN/LPN: [RN, LPN]\n", encoding="utf-8")
    assert lexicon_for(tmp_path / "cv.yaml").combined["dual rn/lpn"] == ("rn", "lpn")


def test_a_misspelt_key_in_a_skills_file_is_an_error_with_its_line_and_the_key_meant(tmp_path: Path) -> None:
    (tmp_path / "skills.yaml").write_text("# mine\nskils:\n  Frobnicator: [frob]\n", encoding="utf-8")
    with pytest.raises(SkillsFileError) as raised:
        lexicon_for(tmp_path / "cv.yaml")
    message = str(raised.value)
    assert "1 problem in skills file" in message
    assert "skills.yaml:2: skils: unknown key 'skils'; did you mean 'skills'?" in message


def test_every_problem_of_a_skills_file_is_listed_with_its_line(tmp_path: Path) -> None:
    text = "skills:\n  Frobnicator: frob\nrelated:\n  frobbing: [a, b]\nsupporting: [teaching]\n"
    (tmp_path / "skills.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(SkillsFileError) as raised:
        lexicon_for(tmp_path / "cv.yaml")
    lines = sorted(p.line for p in raised.value.problems)
    assert lines == [2, 5], raised.value


def test_a_skills_file_error_on_the_command_line_is_one_message_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "cv.yaml").write_text(CV_TEXT, encoding="utf-8")
    (tmp_path / "skills.yaml").write_text("ambiguos: [Frob]\n", encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text("Requirements:\n- Frob experience.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["match", str(posting), "--cv", str(tmp_path / "cv.yaml")])
    assert result.exit_code == 2
    assert "skills.yaml:1: ambiguos: unknown key 'ambiguos'; did you mean 'ambiguous'?" in result.output
    assert "Traceback" not in result.output


def test_no_generic_word_is_spelt_the_british_way_which_analysis_never_yields() -> None:
    from tailor.analysis import spelling_variants
    from tailor.lexicon import generic_terms

    assert not {word for term in generic_terms() for word in term.split()} & spelling_variants().keys()


def test_a_claims_adjusters_coverages_documents_and_designations_are_skills_in_either_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = "Handle commercial GL claims; draft reservation of rights letters; CPCU preferred; refer fraud to SIU."
    cv = (
        "Adjusted commercial general liability (CGL) claims and wrote reservation-of-rights (ROR) letters for the "
        "Special Investigations Unit; Chartered Property Casualty Underwriter; Xactimate and XactAnalysis."
    )
    asked, said = analyse([posting, cv], lexicon)
    assert {"commercial general liability", "reservation of rights", "CPCU", "special investigations unit"} == set(
        asked.skills
    )
    assert set(asked.skills) | {"Xactimate", "XactAnalysis"} == set(said.skills)
    # A state's all-lines licence is the adjuster licence a posting asks for.
    licence, held = analyse(["Active Texas adjuster license required", "Florida All-Lines Adjuster License"], lexicon)
    assert licence.skills == held.skills == ["adjuster license"]
    # "ROR" is Ruby on Rails's RoR, "ACV" a SaaS firm's annual contract value: neither is made an insurance term.
    assert lexicon.canonical("ROR") == "Ruby on Rails" and lexicon.canonical("ACV") is None


def test_a_property_managers_systems_rules_and_licences_are_skills_each_system_property_management_software() -> None:
    lexicon = bundled_lexicon()
    text = "Collect rent in Yardi Voyager or AppFolio under the Fair Housing Act; log leads in Follow Up Boss."
    text += " Open escrow."
    (said,) = analyse([text], lexicon)
    assert {"Yardi Voyager", "AppFolio", "Fair Housing", "Follow Up Boss", "escrow"} <= set(said.skills)
    # A CV naming one system meets a posting asking for the kind, or for its maker's family of products.
    assert {"yardi voyager", "appfolio", "realpage onesite"} <= set(lexicon.instances["property management software"])
    assert "yardi voyager" in lexicon.instances["yardi"] and "follow up boss" in lexicon.instances["crm"]
    # A salesperson's licence is a real estate licence; a broker's is not a salesperson's.
    assert "real estate salesperson license" in lexicon.instances["real estate license"]
    assert "real estate salesperson license" not in lexicon.instances.get("real estate broker license", ())
    # "MLS" is also a library degree and "CPM" the critical path method: neither is made a real estate term.
    assert lexicon.canonical("MLS") is None and lexicon.canonical("CPM") is None


def test_a_property_managers_lease_work_inspections_and_designations_are_skills_however_written() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Own lease administration, lease abstraction and estoppel certificates; keep the rent roll; prepare for"
            " REAC and NSPIRE inspections; LIHTC compliance; tenant relations; Certified Property Manager preferred.",
            "Abstracted 60 leases and sent estoppel certificate requests (lease admin); kept resident relations"
            " warm; passed Real Estate Assessment Center inspections at low-income housing tax credit sites;"
            " Certified Apartment Manager; Accredited Residential Manager; CCIM; ResMan and MRI Software.",
        ],
        lexicon,
    )
    assert {
        "lease administration", "lease abstraction", "estoppel certificates", "rent roll", "REAC", "NSPIRE", "LIHTC",
        "tenant relations", "Certified Property Manager",
    } <= set(posting.skills)  # fmt: skip
    assert {
        "lease administration", "estoppel certificates", "tenant relations", "REAC", "LIHTC",
        "Certified Apartment Manager", "Accredited Residential Manager", "CCIM", "ResMan", "MRI Software",
    } <= set(cv.skills)  # fmt: skip
    assert {"resman", "mri software"} <= set(lexicon.instances["property management software"])
    # "CAM" is also common area maintenance and "ARM" an adjustable-rate mortgage: no designation's letters.
    assert lexicon.canonical("ARM") != "Accredited Residential Manager"
    assert lexicon.canonical("CAM") != "Certified Apartment Manager"


def test_a_builders_delivery_method_hospital_safety_rules_and_estimating_software_are_skills() -> None:
    lexicon = bundled_lexicon()
    texts = [
        "Delivered the clinic as CM at risk under ICRA Class III and interim life safety measures.",
        "Bid the tower as construction manager at risk (CMAR) following the infection control risk assessment.",
        "Took off quantities in On-Screen Takeoff and priced them in Sage Estimating.",
    ]
    first, second, third = analyse(texts, lexicon)
    # One delivery method and one hospital rule, however a posting or a CV writes them.
    assert {"construction manager at risk", "ICRA", "ILSM"} <= set(first.skills)
    assert {"construction manager at risk", "ICRA"} <= set(second.skills)
    assert {"On-Screen Takeoff", "Sage Estimating"} <= set(third.skills)


def test_a_clinical_research_coordinators_credentials_systems_and_documents_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = "CCRC or CCRP preferred. Enter data in EDC systems, track visits in a CTMS, keep the eTMF, do SDV."
    cv = "Certified Clinical Research Coordinator; built case report forms in REDCap; calendars in OnCore."
    said, held = analyse([posting, cv], lexicon)
    assert {"CCRC", "CCRP", "electronic data capture", "CTMS", "trial master file", "source document verification"} <= (
        set(said.skills)
    )
    assert {"CCRC", "REDCap", "OnCore"} <= set(held.skills)
    # REDCap and Medidata Rave are each an EDC, OnCore a CTMS: a CV naming one meets a posting asking for the kind.
    assert {"redcap", "medidata rave"} <= set(lexicon.instances["electronic data capture"])
    assert "oncore" in lexicon.instances["ctms"]


def test_edc_is_electronic_data_capture_only_where_its_context_says_so() -> None:
    (said,) = analyse(["Liaise with the city's EDC on business grants."], bundled_lexicon())
    assert "electronic data capture" not in said.skills


def test_a_veterinary_technicians_credentials_certifications_and_software_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = "CVT, RVT or LVT credential (VTNE passed) required. RECOVER BLS/ALS certification and Fear Free a plus."
    cv = (
        "Registered veterinary technician and Veterinary Technician Specialist; RECOVER-certified; "
        "Fear Free Certified Professional; ran IDEXX analyzers, charted in ezyVet and AVImark; assisted TPLO surgery."
    )
    asked, held = analyse([posting, cv], lexicon)
    assert {"CVT", "RVT", "LVT", "VTNE", "RECOVER CPR", "Fear Free"} <= set(asked.skills)
    assert {"RVT", "VTS", "RECOVER CPR", "Fear Free", "IDEXX", "ezyVet", "AVImark", "TPLO"} <= set(held.skills)
    # A practice manager's credential, spelled out or not, is one skill.
    (manager,) = analyse(["Certified Veterinary Practice Manager (CVPM)"], lexicon)
    assert manager.skills == ["CVPM"]


def test_a_technicians_procedures_and_bench_tests_meet_the_words_a_clinic_posting_writes_for_them() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Perform dental cleanings and take dental X-rays; anesthetic monitoring with capnography; "
        "run haematology, urinalyses and cytology in house."
    )
    cv = (
        "Dental prophylaxis and full-mouth dental radiographs; anesthesia monitoring (capnography, ECG); "
        "hematology, urinalysis and ear cytology."
    )
    asked, held = analyse([posting, cv], lexicon)
    procedures = {"dental prophylaxis", "dental radiography", "anesthesia monitoring", "capnography"}
    tests = {"hematology", "urinalysis", "cytology"}
    assert procedures | tests <= set(asked.skills)
    assert procedures | tests <= set(held.skills)


def test_an_anesthesia_technicians_words_for_the_work_meet_the_words_a_surgical_posting_writes() -> None:
    # A specialty hospital's posting and a technician's bullets name one work in each trade's words: the end-tidal
    # CO2 capnography reads, the COHAT a dental cleaning is, IV catheters an IV start places, locoregional blocks
    # and the pain scoring a recovery asks for, the controlled drug log a technician keeps.
    lexicon = bundled_lexicon()
    posting = (
        "Monitor capnography; place IV catheters; provide locoregional anesthesia and nerve blocks; perform pain "
        "scoring; keep controlled substance logs; perform dental cleanings; exotic animal experience preferred."
    )
    cv = (
        "Monitored ECG, SpO2 and EtCO2; IV catheter placement; locoregional blocks; pain assessment; kept the "
        "controlled drug log; performed 6-8 COHATs a day; handled exotic pets."
    )
    asked, held = analyse([posting, cv], lexicon)
    work = {
        "capnography",
        "IV therapy",
        "regional anesthesia",
        "pain management",
        "controlled substances",
        "dental prophylaxis",
        "exotic animal medicine",
    }
    assert work <= set(asked.skills)
    assert work <= set(held.skills)
    # An epidural is a regional block, and analgesics given are pain managed: related evidence, not the work named.
    related = related_terms(lexicon)
    assert "epidural" in related["regional anesthesia"]
    assert "analgesia" in related["pain management"]


def test_a_financial_advisers_exams_designations_and_book_are_skills_and_an_exam_is_its_number() -> None:
    lexicon = bundled_lexicon()
    posting = "FINRA Series 7 and Series 66 licenses required; CFP designation preferred; grow AUM in eMoney."
    cv = (
        "Passed the General Securities Representative and Uniform Combined State Law exams; Certified Financial "
        "Planner; grew assets under management to $90M with plans built in eMoney Advisor."
    )
    asked, said = analyse([posting, cv], lexicon)
    assert {"Series 7", "Series 66", "CFP", "assets under management", "eMoney", "FINRA"} == set(asked.skills)
    assert set(asked.skills) - {"FINRA"} <= set(said.skills)
    # Each exam is its own number: a Series 7 is not a Series 66, and a TV series on 7 continents is neither.
    assert "series 7" in asked.terms and "series 66" in asked.terms
    (show,) = analyse(["Produced a TV series filmed on 7 continents."], lexicon)
    assert not {"series 7", "Series 7"} & (set(show.terms) | set(show.skills))


def test_a_bankers_regulations_filings_licences_and_core_system_are_skills_spelled_out_or_not() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Follow Bank Secrecy Act, OFAC and Reg E procedures; review currency transaction reports; NMLS registration "
        "required; experience with Jack Henry; originate home equity lines of credit; Notary Public and CAMS "
        "certification a plus; enforce the Customer Identification Program."
    )
    cv = (
        "Served as BSA officer: reviewed Currency Transaction Reports and screened wires against the Office of Foreign "
        "Assets Control list; resolved Regulation E claims; NMLS Mortgage Loan Originator; Jack Henry & Associates "
        "SilverLake user; sold HELOCs; notary services; Certified AML Specialist; Customer Identification Program."
    )
    asked, said = analyse([posting, cv], lexicon)
    wanted = {
        "BSA", "OFAC", "Regulation E", "currency transaction reports", "NMLS", "Jack Henry",
        "home equity lines of credit", "notary public", "CAMS", "Customer Identification Program",
    }  # fmt: skip
    assert set(asked.skills) == set(said.skills) == wanted
    # A camera's or an engine's cams are no AML certificate.
    (cams,) = analyse(["Filmed on two CAMs; replaced the cams of the engine."], lexicon)
    assert "CAMS" not in cams.skills


def test_fraud_detection_is_a_bankers_duty_of_its_own_related_to_anomaly_detection_not_its_alias() -> None:
    lexicon = bundled_lexicon()
    posting = "Familiarity with fraud detection."
    cv = "Fraud prevention and anomaly detection; originated consumer loans and auto loans."
    asked, said = analyse([posting, cv], lexicon)
    # A bank's fraud detection is asked for by its own name, not as a data scientist's anomaly detection.
    assert "fraud detection" in asked.skills
    assert "anomaly detection" not in asked.skills
    assert {"fraud prevention", "anomaly detection"} <= set(said.skills)
    assert "fraud detection" not in said.skills
    # Each is evidence of the other, weaker than the skill itself.
    assert "fraud prevention" in lexicon.related["fraud detection"]
    assert "fraud detection" in lexicon.related["anomaly detection"]
    # Consumer loans a banker made are evidence of the consumer lending a posting asks for.
    assert "consumer loans" in lexicon.related["consumer lending"]


def test_a_tellers_transactions_and_a_bankers_credit_lines_are_skills_met_in_either_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = "Process deposits, wire transfers and cheque cashing; open lines of credit for clients."
    cv = "Handled check cashing and a wire transfer a day; opened a personal line of credit for each member."
    asked, said = analyse([posting, cv], lexicon)
    wanted = {"check cashing", "wire transfers", "lines of credit"}
    assert wanted <= set(asked.skills)
    assert wanted <= set(said.skills)
    # A home equity line is its own product, the longer name winning.
    (heloc,) = analyse(["Sold home equity lines of credit."], lexicon)
    assert "home equity lines of credit" in heloc.skills and "lines of credit" not in heloc.skills


def test_an_aml_analysts_filings_reviews_regulators_tools_and_credentials_are_skills_met_spelled_out() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Decision alerts from transaction monitoring in Actimize or Verafin; write SARs and file suspicious activity "
        "reports with FinCEN; perform CDD and EDD on politically exposed persons; clear sanctions screening hits in "
        "World-Check or Bridger Insight; know the USA PATRIOT Act, FATF and the FFIEC manual; adverse media and "
        "beneficial ownership reviews; financial crime experience; CFE, CFCS or CRCM a plus."
    )
    cv = (
        "Tuned AML transaction monitoring rules in NICE Actimize and Verafin; SAR filing for the Financial Crimes "
        "Enforcement Network; customer due diligence and enhanced due diligence on a politically exposed person; "
        "Refinitiv World-Check and LexisNexis Bridger sanctions screening; Patriot Act; Financial Action Task Force "
        "typologies; Federal Financial Institutions Examination Council exams; negative news; beneficial ownership "
        "reviews; financial crimes unit; Certified Fraud Examiner; Certified Financial Crime Specialist; Certified "
        "Regulatory Compliance Manager."
    )
    asked, said = analyse([posting, cv], lexicon)
    wanted = {
        "transaction monitoring", "NICE Actimize", "Verafin", "suspicious activity reports", "FinCEN",
        "customer due diligence", "enhanced due diligence", "politically exposed persons", "sanctions screening",
        "World-Check", "LexisNexis Bridger", "USA PATRIOT Act", "FATF", "FFIEC", "adverse media",
        "beneficial ownership", "financial crime", "CFE", "CFCS", "CRCM",
    }  # fmt: skip
    assert wanted <= set(asked.skills)
    assert wanted <= set(said.skills)
    # "SAR" alone is no filing: search and rescue and synthetic aperture radar are written so too.
    (radar,) = analyse(["Processed SAR imagery for a search and rescue (SAR) team."], lexicon)
    assert "suspicious activity reports" not in radar.skills
    # Filing the reports is evidence of the activity they report: the report's name, one term, keeps its words from
    # meeting a posting that asks to detect suspicious activity, and the relation gives them back a share.
    (asks,) = analyse(["Escalate possible suspicious activity to the BSA Officer."], lexicon)
    assert "suspicious activity" in asks.terms
    assert "suspicious activity" in lexicon.related["suspicious activity reports"]


def test_subscription_metrics_and_headcount_planning_are_skills_their_acronyms_meet_spelled_out() -> None:
    lexicon = bundled_lexicon()
    posting = "Own ARR, MRR and CAC reporting for our SaaS business and lead headcount planning."
    cv = (
        "Reported annual recurring revenue and monthly recurring revenue to the board; cut customer acquisition "
        "cost by a third; built the headcount forecasting model."
    )
    asked, said = analyse([posting, cv], lexicon)
    metrics = {"annual recurring revenue", "monthly recurring revenue", "customer acquisition cost"}
    assert metrics | {"headcount planning"} <= set(asked.skills)
    assert metrics | {"headcount planning"} <= set(said.skills)
    # Two acronyms run together by a slash are each their own metric.
    (both,) = analyse(["Owned ARR/MRR reporting."], lexicon)
    assert {"annual recurring revenue", "monthly recurring revenue"} <= set(both.skills)


def test_a_pharmacists_reviews_of_drug_use_and_the_nonsterile_compounding_chapter_are_skills() -> None:
    lexicon = bundled_lexicon()
    (posting, cv) = analyse(
        [
            "Perform drug utilization review; lead medication use evaluations; maintain USP <795> compliance.",
            "Completed drug use reviews and two drug use evaluations; compounded to USP 795.",
        ],
        lexicon,
    )
    wanted = {"drug utilization review", "medication use evaluation", "USP <795>"}
    assert set(posting.skills) == set(cv.skills) == wanted
    assert lexicon.canonical("MUE") is None and lexicon.canonical("DUR") is None
    # A posting asks for the licence as "an active pharmacist license"; a CV holds it as RPh.
    (licence,) = analyse(["Active Kentucky pharmacist license in good standing."], lexicon)
    assert licence.skills == ["RPh"]


def test_a_recruiters_systems_methods_and_measures_are_skills_each_system_an_applicant_tracking_system() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Build Boolean search strings and run LinkedIn Recruiter campaigns; own campus recruiting and our employer "
        "brand; report time to fill and time-to-hire; Greenhouse or Lever experience."
    )
    cv = "Cut time-to-fill by 14 days with Boolean strings, structured interviewing and university recruitment."
    asked, said = analyse([posting, cv], lexicon)
    assert {"Boolean search", "university recruiting", "employer branding"} <= set(asked.skills)
    # LinkedIn Recruiter is no skill of its own: its words meet a CV's sourcing "on LinkedIn".
    assert "linkedin" in asked.terms
    assert {"time-to-fill", "time-to-hire", "Greenhouse", "Lever"} <= set(asked.skills)
    assert {"time-to-fill", "Boolean search", "structured interviews", "university recruiting"} <= set(said.skills)
    assert {"bullhorn", "lever", "jobvite"} <= set(lexicon.instances["applicant tracking systems"])
    # "Lever" is a word too: the ATS only where its context names it.
    assert analyse(["Pull every lever on growth."], lexicon)[0].skills == []


def test_an_operations_leaders_planning_integration_and_delivery_terms_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Own integrated business planning (IBP), improve on-time-in-full (OTIF) delivery, lead post-merger "
        "integration and SKU rationalization, and run Kinaxis."
    )
    cv = "Ran IBP and M&A integration; lifted on-time in-full from 84% to 96%; built Kinaxis RapidResponse models."
    said, held = analyse([posting, cv], lexicon, near=True)
    wanted = {"integrated business planning", "OTIF", "post-merger integration", "Kinaxis"}
    assert wanted | {"SKU rationalization"} <= set(said.skills)
    assert wanted <= set(held.skills)
    # An integration of acquisitions is still work in M&A, which its name says.
    assert "m&a" in held.within


def test_an_assistants_expense_scheduling_and_signing_tools_and_meeting_minutes_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = "Reconcile expenses in Concur or Expensify, send Calendly links, route contracts in DocuSign."
    posting += " Take meeting minutes; share files on Microsoft Teams and OneDrive."
    cv = "Minute taking for the board; expense reports in SAP Concur; MS Teams and Microsoft OneDrive for the office."
    said, held = analyse([posting, cv], lexicon)
    tools = {"SAP Concur", "Expensify", "Calendly", "DocuSign", "meeting minutes", "Microsoft Teams", "OneDrive"}
    assert tools <= set(said.skills)
    assert {"SAP Concur", "meeting minutes", "Microsoft Teams", "OneDrive"} <= set(held.skills)
    # Teams and OneDrive come with Microsoft 365: some evidence of a posting's Microsoft Office, not another name.
    assert {"microsoft teams", "onedrive"} <= set(lexicon.related["microsoft office"])


def test_concur_is_the_expense_tool_only_where_its_context_says_so() -> None:
    # "Teams" alone is no alias of Microsoft Teams: every "team" would stand beside a name as its list-mate, and a
    # team's name in capitals ("the ML Platform Team", "Clinical Team meetings") would be the app.
    tool, word = analyse(
        ["Expenses filed in Concur; Microsoft 365 (Outlook, Word).", "The board must concur with the budget."],
        bundled_lexicon(),
    )
    assert "SAP Concur" in tool.skills
    assert "SAP Concur" not in word.skills


def test_an_office_posting_s_messaging_and_hr_apps_and_vendor_relations_are_skills() -> None:
    # "Google Workspace, Slack and Rippling": the messaging app and the HR platform; slack in a schedule and water
    # rippling are the everyday words. A vendor's relations are its management.
    lexicon = bundled_lexicon()

    def skills(text: str) -> set[str]:
        return set(analyse([text], lexicon)[0].skills)

    assert {"Slack", "Rippling"} <= skills("Proficiency with Google Workspace, Slack and Rippling")
    assert "Slack" not in skills("Build slack into the schedule")
    assert "Rippling" not in skills("Rippling effects of a late shipment")
    assert "rippling" in lexicon.instances["hris"]
    assert "vendor management" in skills("Maintained vendor relationships and vendor relations for the office")


def test_a_boards_meetings_are_a_skill_that_an_assistants_own_skill_of_preparing_them_says() -> None:
    # An executive assistant's posting asks to "coordinate quarterly board meetings": a keyword, said by a bullet
    # about the Board of Directors' meetings and by a skills list's "Board meeting preparation", which as a name of
    # three words the lexicon did not know had met nothing of the posting's.
    lexicon = bundled_lexicon()
    posting, bullet, minutes = analyse(
        [
            "Coordinate quarterly board meetings and committee meetings.",
            "Scheduled Board of Directors meetings for the CEO.",
            "Took the minutes of monthly board meetings.",
        ],
        lexicon,
    )
    assert "board meetings" in posting.skills
    assert "board meetings" in bullet.skills
    assert "board meetings" in minutes.skills
    own = with_own_skills(lexicon, ["Board meeting preparation"])
    (skill,) = analyse(["Board meeting preparation"], own, names=True)
    assert "board meetings" in skill.terms
    assert "board meetings" not in analyse(["Met with the board to review the budget"], lexicon)[0].skills


def test_a_help_desk_posting_s_certificates_and_tools_are_skills_under_each_of_their_names() -> None:
    # A desktop support technician's CompTIA A+, SCCM and ITIL were no skills: a posting asking for them listed
    # none as a keyword, and a CV that names them under another of their names met nothing.
    lexicon = bundled_lexicon()

    def skills(text: str) -> list[str]:
        return analyse([text], lexicon)[0].skills

    assert skills("A+, Network+ or Security+ certification preferred")[0] == "CompTIA A+"
    assert skills("CompTIA A+ certified technician") == ["CompTIA A+"]
    assert skills("Experience with System Center Configuration Manager") == skills("Imaged laptops with SCCM")
    assert skills("Imaged laptops with MECM") == ["Microsoft Configuration Manager"]
    assert skills("ITIL 4 Foundation certified") == skills("Knowledge of ITILv4") == ["ITIL"]
    assert skills("Remote support over RDP") == skills("Remote Desktop support") == ["Remote Desktop Protocol"]
    assert skills("Tickets in ServiceNow or Jira Service Desk") == ["ServiceNow", "Jira Service Management"]


def test_a_support_desks_work_metrics_and_tools_are_skills_under_each_of_their_names() -> None:
    # A technical support CV's knowledge base, SLAs, CSAT and troubleshooting were no skills: a support posting
    # asking for them listed none as a keyword, and "tech support" never met "technical support".
    lexicon = bundled_lexicon()

    def skills(text: str) -> list[str]:
        return analyse([text], lexicon)[0].skills

    assert skills("Five years of tech support") == skills("Provided technical support") == ["technical support"]
    assert skills("Met every SLA for enterprise accounts") == skills("Tracked service-level agreements")
    assert skills("Met every SLA for enterprise accounts") == ["service level agreements"]
    assert skills("Kept a 95% customer satisfaction score") == skills("Raised CSAT to 95%") == ["CSAT"]
    assert skills("Wrote knowledge base articles") == skills("Kept up the knowledge-base") == ["knowledge base"]
    assert skills("Troubleshoot printers") == skills("Troubleshot the printers") == ["troubleshooting"]
    assert skills("Remote sessions in Bomgar") == ["BeyondTrust Remote Support"]
    assert skills("Patched endpoints through NinjaRMM") == ["NinjaOne"]
    assert skills("HDI-SCA and Google IT Support Certificate") == [
        "HDI Support Center Analyst",
        "Google IT Support Professional Certificate",
    ]


def test_a_support_desks_ticketing_and_rmm_tools_meet_a_posting_asking_for_their_kind() -> None:
    lexicon = bundled_lexicon()
    assert {"intercom", "help scout", "osticket"} <= set(lexicon.instances["help desk software"])
    assert {"ninjaone", "datto rmm", "kaseya vsa"} <= set(lexicon.instances["remote monitoring and management"])
    assert lexicon.canonical("RMM") == "remote monitoring and management"


def test_a_plus_is_the_certificate_only_beside_other_skills_not_a_grade() -> None:
    lexicon = bundled_lexicon()
    assert "CompTIA A+" not in analyse(["Earned an A+ rating from every school I served."], lexicon)[0].skills
    assert "CompTIA A+" not in analyse(["Graded a+ work."], lexicon)[0].skills


def test_windows_is_the_system_where_named_among_skills_and_a_window_is_not() -> None:
    lexicon = bundled_lexicon()
    assert "Microsoft Windows" in analyse(["Support Windows, macOS and Linux laptops."], lexicon)[0].skills
    assert "Microsoft Windows" in analyse(["Experience with Windows and Active Directory."], lexicon)[0].skills
    assert analyse(["Cleaned the windows and replaced window screens."], lexicon)[0].skills == []
    assert analyse(["Windows were replaced after the storm."], lexicon)[0].skills == []


def test_a_ticketing_tool_is_help_desk_software_and_a_device_manager_mobile_device_management() -> None:
    lexicon = bundled_lexicon()
    assert "servicenow" in lexicon.instances["help desk software"]
    assert "jamf" in lexicon.instances["mobile device management"]


def test_mac_is_the_system_beside_another_and_no_address_or_dish() -> None:
    lexicon = bundled_lexicon()
    assert "macOS" in analyse(["Support Windows and Mac laptops."], lexicon)[0].skills
    assert "macOS" in analyse(["Macintosh (OS 10.x) support"], lexicon)[0].skills
    assert "macOS" not in analyse(["Checked the MAC address table."], lexicon)[0].skills
    assert "macOS" not in analyse(["Served mac and cheese."], lexicon)[0].skills


def test_a_newsrooms_records_newsletters_editing_and_tools_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Oversee public records work, produce a daily newsletter, line edit copy, publish in Arc XP and track "
        "readers in Chartbeat or Parse.ly."
    )
    cv = "Pulled public records; launched two email newsletters; line-editing for the metro desk; Parsely dashboards."
    said, held = analyse([posting, cv], lexicon)
    tools = {"public records", "newsletters", "line editing", "Arc XP", "Chartbeat", "Parse.ly"}
    assert tools <= set(said.skills)
    assert {"public records", "newsletters", "line editing", "Parse.ly"} <= set(held.skills)
    # A newsroom's own CMS meets a posting's "content management system"; data journalism is data analysis's evidence.
    assert "arc xp" in lexicon.instances["content management systems"]
    assert "data journalism" in lexicon.related["data analysis"]


def test_a_copywriters_voice_interface_copy_and_paid_channels_are_skills_met_in_any_spelling() -> None:
    posting = (
        "Establish the tone of voice for our brand, write UX copy for onboarding, write ads for paid social and "
        "share drafts in Google Suite."
    )
    cv = "Wrote the brand voice guide; rewrote the app's microcopy; paid social media ads for three launches."
    said, held = analyse([posting, cv], bundled_lexicon())
    assert {"brand voice", "UX writing", "paid social", "Google Workspace"} <= set(said.skills)
    assert {"brand voice", "UX writing", "paid social"} <= set(held.skills)


def test_employee_engagement_is_a_skill_its_survey_platforms_evidence_of_it_and_a_glint_no_platform() -> None:
    lexicon = bundled_lexicon()
    (asked, ran) = analyse(
        ["Drive employee engagement and act on engagement survey results.", "Ran the Culture Amp and Glint pulses."],
        lexicon,
    )
    assert "employee engagement" in asked.skills and {"Culture Amp", "Glint"} <= set(ran.skills)
    assert {"culture amp", "glint", "peakon"} <= set(lexicon.related["employee engagement"])
    assert "Glint" not in analyse(["A glint of steel in the archive photo."], lexicon)[0].skills


def test_the_languages_of_europe_africa_and_asia_a_resume_lists_are_spoken_languages_read_in_their_context() -> None:
    # A Europass CV's Croatian, Slovak or Catalan had been no language tailor knew: a posting asking for "fluent
    # Croatian" asked for nothing. As every language, each is ambiguous too ("a Georgian townhouse", "Irish stew").
    lexicon = bundled_lexicon()
    spoken = {"croatian", "slovak", "catalan", "latvian", "lithuanian", "yoruba", "sinhalese", "slovene"}
    assert spoken <= lexicon.spoken
    (asked,) = analyse(["Fluent Croatian and Serbian required; Slovene a plus."], lexicon)
    assert {"Croatian", "Serbian", "Slovenian"} <= set(asked.skills)
    assert "Georgian" not in analyse(["Restored a Georgian townhouse in Bath."], lexicon)[0].skills


def test_a_bilingual_person_is_evidenced_by_any_spoken_language_but_the_postings_own_english() -> None:
    related = bundled_lexicon().related
    assert {"spanish", "tagalog", "american sign language"} <= set(related["bilingual"])
    assert "english" not in related["bilingual"] and related["multilingual"] == related["bilingual"]


def test_a_skills_file_that_relates_bilingual_itself_keeps_its_own(tmp_path: Path) -> None:
    (tmp_path / "skills.yaml").write_text("related:\n  bilingual: [interpreting]\n", encoding="utf-8")
    assert lexicon_for(tmp_path / "cv.yaml").related["bilingual"] == ("interpreting",)


def test_a_bioinformaticians_assays_tools_and_workflow_managers_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Run RNA-seq, scRNA-seq and WGS analyses on next generation sequencing data; call variants with the Genome "
        "Analysis Toolkit; write shell scripts; containerization of tools."
    )
    cv = (
        "Built RNAseq and single-cell RNA sequencing pipelines; whole genome sequencing variant calling with GATK4; "
        "containerised every tool."
    )
    said, held = analyse([posting, cv], lexicon)
    named = {"RNA-seq", "single-cell RNA-seq", "whole-genome sequencing", "next-generation sequencing", "GATK"}
    assert named <= set(said.skills)
    assert {"RNA-seq", "single-cell RNA-seq", "whole-genome sequencing", "GATK", "containerization"} <= set(held.skills)
    # NGS is a method of sequencing, not another name of genomics: the field is its own skill.
    assert lexicon.canonical("NGS") == "next-generation sequencing" and lexicon.canonical("genomics") == "genomics"


def test_an_assay_a_shell_a_container_runtime_and_a_workflow_manager_each_meet_their_kind() -> None:
    instances = bundled_lexicon().instances
    # A CV that shows RNA-seq shows NGS, Bash shell scripting, Docker containerization, Snakemake a workflow manager.
    assert {"rna-seq", "whole-genome sequencing"} <= set(instances["next-generation sequencing"])
    assert "bash" in instances["shell scripting"]
    assert {"docker", "apptainer"} <= set(instances["containerization"])
    assert {"nextflow", "snakemake"} <= set(instances["workflow management systems"])


def test_a_land_surveyors_surveys_instruments_software_and_licences_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Prepare ALTA/NSPS Land Title Surveys and topographical surveys; run construction layout with a robotic"
        " total station and RTK GPS; retrace PLSS corners; reduce data in Trimble Business Center."
    )
    cv = (
        "Signed ALTA surveys and plats as a licensed Professional Land Surveyor; did construction"
        " staking with total stations and real-time kinematic GNSS; adjusted networks by least-squares adjustment."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"ALTA/NSPS survey", "construction staking", "total station", "RTK"}
    assert wanted | {"PLSS", "Trimble Business Center"} <= set(said.skills)
    assert wanted | {"PLS license", "GNSS", "least squares adjustment"} <= set(held.skills)
    # A GNSS receiver tracks GPS too: either meets a posting asking for the other. A licensed surveyor passed the
    # exam that makes the surveyor in training.
    assert "gnss" in lexicon.instances["gps"] and "gps" in lexicon.instances["gnss"]
    assert "pls license" in lexicon.instances["lsit"]
    # Plain "PLS" is a chemometrician's partial least squares as often: no licence.
    assert "PLS license" not in analyse(["Fitted PLS regression models to NIR spectra."], lexicon)[0].skills
    # The surveys a field names by kind stay words, so that "boundary and topographic surveys" meets each; and a
    # Professional Land Surveyor named without "licensed" is the job, as a Professional Engineer is.
    (kinds,) = analyse(["Boundary and topographic surveys as the Professional Land Surveyor of record."], lexicon)
    assert kinds.skills == [] and {"topographic", "boundary", "land surveyor"} <= set(kinds.terms)


def test_an_occupational_therapists_work_credentials_and_assistants_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Retrain activities of daily living and instrumental activities of daily living; fabricate splints; "
        "recommend adaptive equipment; address fine motor skills and sensory processing. NBCOT certification."
    )
    cv = "Retrained ADLs and IADLs; splint fabrication; fine motor and sensory processing goals; NBCOT, 2016."
    said, held = analyse([posting, cv], lexicon)
    named = {"activities of daily living", "instrumental activities of daily living", "fine motor skills", "NBCOT"}
    assert named | {"adaptive equipment", "sensory processing"} <= set(said.skills)
    assert named | {"splinting", "sensory processing"} <= set(held.skills)
    # An assistant an OT supervises, by the letters or the words; "OTA" stays out (over the air), and "OTR" is a
    # trucker's over-the-road, which a text about occupational therapy reads as no skill.
    assert lexicon.canonical("certified occupational therapy assistants") == "COTA"
    assert lexicon.canonical("OTA") is None and lexicon.canonical("OTR") == "over-the-road"
    (registered,) = analyse(["OTR/L with NBCOT certification; OTR, 2016."], lexicon)
    assert "over-the-road" not in registered.skills


def test_a_pediatric_ots_assessments_approaches_and_a_hand_therapists_work_are_skills_in_their_spellings() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Pediatric OT: evaluate with the BOT-2, PDMS-2, Beery VMI and Sensory Profile 2; treat visual motor and "
        "feeding difficulties. SIPT or EASI certification, or SOS Approach to Feeding training, a plus. Hand clinic: "
        "physical agent modalities, scar management, report outcomes with the QuickDASH; CHT preferred."
    )
    cv = (
        "Tested with the Bruininks-Oseretsky Test of Motor Proficiency, Peabody Developmental Motor Scales and "
        "Sensory Profile-2; visual-motor integration groups; Sensory Integration and Praxis Tests certification."
    )
    said, held = analyse([posting, cv], lexicon)
    named = {"BOT-2", "PDMS-2", "Sensory Profile", "visual motor integration", "SIPT"}
    assert named | {"Beery VMI", "EASI", "SOS Approach to Feeding", "physical agent modalities"} <= set(said.skills)
    assert {"scar management", "QuickDASH", "Certified Hand Therapist"} <= set(said.skills)
    assert named <= set(held.skills)
    # The tests of sensory integration are evidence of the therapy, and a hand therapist's work of hand therapy.
    assert {"sipt", "easi"} <= set(related_terms(lexicon).get("sensory integration", ()))


def test_work_rehabilitations_evaluations_programmes_and_tests_are_skills_and_an_english_exams_fce_none() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Industrial rehab OT: perform FCEs and job demands analyses for injured workers; run work conditioning and "
        "work hardening; post-offer testing and fitness-for-duty evaluations; teach body mechanics. CEAS a plus."
    )
    cv = "Completed functional capacity evaluations and jobsite analyses for return-to-work planning."
    said, held = analyse([posting, cv], lexicon)
    named = {"functional capacity evaluation", "job site analysis", "work conditioning", "work hardening"}
    assert named | {"post-offer employment testing", "fit-for-duty testing", "body mechanics", "CEAS"} <= set(
        said.skills
    )
    assert {"functional capacity evaluation", "job site analysis", "return to work"} <= set(held.skills)
    # An English teacher's FCE is Cambridge's exam, no evaluation of a worker.
    (exam,) = analyse(["Prepared adult learners for the Cambridge FCE and CAE exams."], lexicon)
    assert "functional capacity evaluation" not in exam.skills


def test_a_physical_therapists_board_certifications_treatments_and_home_health_terms_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Home health PT: complete OASIS documentation and telehealth visits; provide vestibular rehab, LSVT BIG, "
        "blood flow restriction training and pain neuroscience education. Board certification (OCS, SCS, NCS, PCS "
        "or GCS) preferred."
    )
    cv = "OASIS-E start-of-care visits; telemedicine follow-ups; vestibular rehabilitation; Sports Certified Specialist"
    said, held = analyse([posting, cv], lexicon)
    named = {"OASIS", "telehealth", "vestibular rehabilitation", "SCS"}
    assert named | {"LSVT BIG", "blood flow restriction training", "pain neuroscience education"} <= set(said.skills)
    assert {"OCS", "NCS", "PCS", "GCS"} <= set(said.skills)
    assert named <= set(held.skills)
    # Alone the letters are other things: an oasis, a nurse's Glasgow Coma Scale.
    assert analyse(["An oasis of calm for our staff. Check GCS and pupils hourly."], lexicon)[0].skills == []


def test_mechanically_ventilated_says_ventilator_management_whoever_it_qualifies() -> None:
    said = analyse(["Mobilized mechanically ventilated ICU patients daily."], bundled_lexicon())[0]
    assert "ventilator management" in said.skills


def test_bls_is_a_cpr_certification_and_meets_a_posting_asking_for_cpr() -> None:
    # The American Heart Association's BLS is its CPR course for healthcare providers.
    assert "bls" in bundled_lexicon().instances["cpr"]


def test_a_firmware_engineers_buses_tools_and_practices_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Own bring-up of new boards; write bootloaders; debug with JTAG, oscilloscopes and logic analyzers; "
        "know common communications protocols such as USB, Ethernet, CAN or BLE; follow MISRA C; build "
        "hardware-in-the-loop tests; experience with NFC, RFID and device trees."
    )
    cv = (
        "Led hardware bringup of a motor controller on the controller area network; wrote a boot loader; "
        "debugged with a logic analyser and an oscilloscope; Bluetooth Low Energy and Universal Serial Bus stacks; "
        "MISRA-C reviews; HIL testing rig; near-field communication reader; devicetree overlays."
    )
    said, held = analyse([posting, cv], lexicon)
    named = {
        "bring-up", "bootloaders", "JTAG", "oscilloscopes", "logic analyzers", "communication protocols", "USB",
        "CAN bus", "BLE", "MISRA C", "hardware-in-the-loop", "NFC", "RFID", "device tree",
    }  # fmt: skip
    assert named <= set(said.skills)
    met = {"bring-up", "CAN bus", "bootloaders", "logic analyzers", "oscilloscopes", "BLE", "USB", "MISRA C"}
    assert met | {"hardware-in-the-loop", "NFC", "device tree"} <= set(held.skills)
    # Protocols that carry data are no communication skills, and neither is a reader that talks near the field.
    assert "communication skills" not in said.skills + held.skills


def test_can_is_the_bus_only_beside_other_skills_never_the_verb() -> None:
    lexicon = bundled_lexicon()
    texts = ["Ethernet, CAN or similar protocols", "We can help. Can you?", "WE CAN HELP"]
    listed, verb, shouted = analyse(texts, lexicon)
    assert listed.skills == ["Ethernet", "CAN bus"]
    assert verb.skills == [] and shouted.skills == []
    assert analyse(["CAN"], lexicon, names=True)[0].skills == ["CAN bus"]


def test_ble_is_bluetooth_an_embedded_linux_is_linux_and_u_boot_is_a_bootloader() -> None:
    instances = bundled_lexicon().instances
    assert "ble" in instances["bluetooth"]
    assert "embedded linux" in instances["linux"]
    assert "u-boot" in instances["bootloaders"]


def test_communication_that_machines_do_is_a_skill_of_its_own_not_communication_skills() -> None:
    texts = [
        "Build wireless communications for sensors over serial communication links",
        "Designed interprocess communication between two cores",
    ]
    for analysis in analyse(texts, bundled_lexicon()):
        assert "communication skills" not in analysis.skills
    posting, cv = analyse(texts, bundled_lexicon())
    assert {"wireless communication", "serial communication"} <= set(posting.skills)
    assert cv.skills == ["inter-process communication"]


def test_a_technical_writers_markup_tools_and_methods_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Work in a docs as code environment; write API docs and release notes in Markdown or AsciiDoc; build the site "
        "with Sphinx or Docusaurus; author DITA topics in Oxygen XML; follow the Microsoft Manual of Style; "
        "single-source publishing; a degree in technical communications."
    )
    cv = (
        "Moved the docs to docs-as-code with MkDocs and Vale; wrote API reference documentation and release notes; "
        "structured writing in DITA with FrameMaker and MadCap Flare; single sourcing across editions."
    )
    said, held = analyse([posting, cv], lexicon)
    named = {"docs-as-code", "API documentation", "release notes", "Markdown", "AsciiDoc", "Sphinx", "Docusaurus"}
    assert named | {"DITA", "Oxygen XML Editor", "Microsoft Writing Style Guide", "single-sourcing"} <= set(said.skills)
    assert "technical communication" in said.skills
    assert {"docs-as-code", "MkDocs", "API documentation", "structured authoring", "Adobe FrameMaker"} <= set(
        held.skills
    )
    assert {"MadCap Flare", "single-sourcing", "DITA"} <= set(held.skills)


def test_a_retailers_markdown_and_an_ordinary_sphinx_are_no_documentation_tools() -> None:
    lexicon = bundled_lexicon()
    said = analyse(["Plan seasonal markdown cadence and clearance; a sphinx-like calm; vale of tears."], lexicon)[0]
    assert not {"Markdown", "Sphinx", "Vale"} & set(said.skills)
    # "Open API" names the specification among other skills, and no bank's open API to its partners.
    assert analyse(["Familiarity with REST APIs and Open API"], lexicon)[0].skills == ["REST APIs", "OpenAPI"]
    assert analyse(["We expose an open API to partners"], lexicon)[0].skills == []


def test_a_documentation_site_generator_and_a_style_guide_each_meet_their_kind() -> None:
    instances = bundled_lexicon().instances
    assert {"docusaurus", "mkdocs", "sphinx", "antora"} <= set(instances["static site generators"])
    assert {"microsoft writing style guide", "google developer documentation style guide"} <= set(
        instances["style guides"]
    )
    assert "api documentation" in instances["technical writing"]


def test_a_medical_coders_code_sets_claim_forms_credentials_and_systems_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Assign ICD-10-CM, CPT and HCPCS Level II codes; check E/M levels against AHA Coding Clinic and CPT Assistant. "
        "Submit CMS-1500 and UB-04 claims, handle denial management and prior authorizations. CPC or CCS required."
    )
    cv = "Certified Risk Adjustment Coder; coded ICD-10-PCS procedures and MS-DRGs in MEDITECH; billed in eCW."
    asked, held = analyse([posting, cv], lexicon)
    assert {"ICD-10-CM", "CPT", "HCPCS", "AHA Coding Clinic", "CPT Assistant", "CMS-1500", "UB-04"} <= set(asked.skills)
    assert {"denial management", "prior authorization", "Certified Coding Specialist"} <= set(asked.skills)
    assert "Certified Professional Coder" not in asked.skills  # bare "CPC" is a marketer's cost per click too
    (bodies,) = analyse(["An AAPC or AHIMA credential is required."], lexicon)
    assert bodies.skills == ["AAPC", "AHIMA"]
    assert {"Certified Risk Adjustment Coder", "ICD-10-PCS", "DRG", "MEDITECH", "eClinicalWorks"} <= set(held.skills)
    # The inpatient procedure codes are no diagnosis codes: ICD-10-PCS says nothing of ICD-10-CM.
    assert "ICD-10-CM" not in held.skills
    # Each code set is evidence of medical coding, a coding credential a coding certification, MEDITECH an EHR.
    assert {"icd-10-cm", "cpt", "hcpcs"} <= set(lexicon.related["medical coding"])
    assert "certified risk adjustment coder" in lexicon.instances["medical coding certification"]
    assert "meditech" in lexicon.instances["ehr"]
    assert {"icd-10-cm", "icd-10-pcs"} <= set(lexicon.instances["icd-10"])


def test_automotive_embedded_tools_and_safety_standards_are_skills_and_a_canoe_trip_no_tool() -> None:
    lexicon = bundled_lexicon()
    (said,) = analyse(["Tested ECUs in CANoe with CAPL scripts on AUTOSAR stacks to ISO 26262 and ASPICE."], lexicon)
    assert {"CANoe", "CAPL", "AUTOSAR", "ISO 26262", "Automotive SPICE"} <= set(said.skills)
    assert {"canoe", "capl"} <= set(lexicon.related["can bus"])
    assert {"iso 26262", "iec 61508"} <= set(lexicon.related["functional safety"])
    # The boat is no tool: Vector's CANoe is known by its capitals or its context.
    assert analyse(["Guided canoe trips for 40 campers.", "Canoe and kayak instructor."], lexicon)[0].skills == []
    assert "CANoe" not in analyse(["Canoe and kayak instructor."], lexicon)[0].skills


def test_a_professional_engineers_licence_meets_the_engineer_in_training_step_before_it() -> None:
    # The PE passed the FE exam that makes the EIT: one of the kind, as a master's licence is of a journeyman's.
    assert "pe license" in bundled_lexicon().instances["eit"]


def test_the_unity_test_framework_for_c_is_its_own_skill_and_bare_unity_the_game_engine() -> None:
    lexicon = bundled_lexicon()
    (firmware, games) = analyse(
        ["Unit-tested C firmware with the Unity test framework and Ceedling.", "Built 3D games in Unity and C#."],
        lexicon,
    )
    assert {"Unity Test", "Ceedling"} <= set(firmware.skills) and "Unity" not in firmware.skills
    assert "Unity" in games.skills and "Unity Test" not in games.skills


def test_a_respiratory_therapists_credentials_gases_support_and_lung_tests_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Registered Respiratory Therapist. Draw and interpret arterial blood gases; manage mechanical ventilatory "
        "support, noninvasive positive pressure ventilation and high flow nasal cannula; perform pulmonary function "
        "tests, diffusion capacity and bronchial challenge tests. National Board for Respiratory Care credential."
    )
    cv = "RRT (NBRC). Analyzed ABGs; managed ventilated patients, NIV and HFNC; ran PFTs, DLCO and spirometry."
    said, held = analyse([posting, cv], lexicon)
    named = {
        "RRT",
        "arterial blood gas",
        "ventilator management",
        "noninvasive ventilation",
        "high-flow nasal cannula",
        "pulmonary function testing",
        "DLCO",
        "NBRC",
    }
    assert named | {"bronchoprovocation testing"} <= set(said.skills)
    assert named | {"spirometry"} <= set(held.skills)
    # "Respiratory care" is the field's other name for respiratory therapy; "CRT" stays out (cathode ray tubes,
    # cardiac resynchronization therapy).
    assert lexicon.canonical("respiratory care") == "respiratory therapy"
    assert lexicon.canonical("CRT") is None


def test_cpap_and_bipap_are_noninvasive_ventilation_and_a_methacholine_challenge_a_bronchoprovocation_test() -> None:
    instances = bundled_lexicon().instances
    assert {"cpap", "bipap"} <= set(instances["noninvasive ventilation"])
    assert "methacholine challenge" in instances["bronchoprovocation testing"]


def test_a_buyers_sourcing_events_documents_systems_and_credentials_are_skills_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Prepare requests for proposals and requests for quotation; run invitations to bid; review purchase "
        "requisitions; administer the P-card program; perform spend analytics; track vendor performance; "
        "resolve 3-way match exceptions; evaluate TCO; experience with Ariba, Coupa or Jaggaer; CPSM, MCIPS, "
        "CPPB or CPPO preferred."
    )
    cv = (
        "Ran 20 RFQs and 4 RFPs a year and sealed bids for public works; issued blanket POs against purchase "
        "requests; reconciled procurement card spend; built a total cost of ownership model; "
        "Certified Professional in Supply Management."
    )
    said, held = analyse([posting, cv], lexicon)
    assert {"RFP", "RFQ", "competitive bidding", "purchase requisitions", "purchasing card"} <= set(said.skills)
    assert {"spend analysis", "supplier performance management", "three-way match", "total cost of ownership"} <= set(
        said.skills
    )
    assert {"SAP Ariba", "Coupa", "Jaggaer", "CPSM", "CIPS", "CPPB", "CPPO"} <= set(said.skills)
    assert {"RFQ", "RFP", "competitive bidding", "blanket purchase orders", "purchase requisitions"} <= set(held.skills)
    assert {"purchasing card", "total cost of ownership", "CPSM"} <= set(held.skills)


def test_a_procurement_suite_is_procurement_software_and_a_buyers_work_is_evidence_of_procurement() -> None:
    lexicon = bundled_lexicon()
    said = analyse(["Ability to use purchasing software; e-procurement systems experience."], lexicon)[0]
    assert "procurement software" in said.skills
    assert {"sap ariba", "coupa", "jaggaer", "ivalua", "zycus", "oracle iprocurement"} <= set(
        lexicon.instances["procurement software"]
    )
    assert {"rfq", "rfp", "purchase orders", "spend analysis"} <= set(lexicon.related["procurement"])
    assert {"supplier scorecards", "business reviews"} <= set(lexicon.related["supplier performance management"])
    assert "rfq" in lexicon.related["rfp"] and "rfp" in lexicon.related["rfq"]


def test_a_gis_analysts_platforms_libraries_formats_and_methods_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Publish services to ArcGIS Enterprise and Portal for ArcGIS; automate geoprocessing with Model Builder; "
        "maintain the enterprise geodatabase; georeference scanned plats; Linear Referencing Systems (LRS) a plus; "
        "land cover mapping in Google Earth Engine; ArcGIS API for JavaScript; shapefiles, KML and GeoJSON."
    )
    cv = (
        "Built ModelBuilder tools over a file geodatabase; georeferenced aerial photographs and orthophotos; "
        "GeoPandas, GDAL and PostGIS scripts; FME Workbench; LULC classification of Landsat and Sentinel-2 scenes."
    )
    said, held = analyse([posting, cv], lexicon)
    assert {"ArcGIS Enterprise", "Portal for ArcGIS", "geoprocessing", "ModelBuilder"} <= set(said.skills)
    assert "geodatabase" in said.skills
    assert {"georeferencing", "linear referencing", "land cover", "Google Earth Engine"} <= set(said.skills)
    assert {"ArcGIS Maps SDK for JavaScript", "shapefile", "KML", "GeoJSON"} <= set(said.skills)
    assert "Google Earth" not in said.skills  # the imagery platform is not the globe viewer
    assert {"ModelBuilder", "geodatabase", "georeferencing", "aerial imagery", "orthoimagery"} <= set(held.skills)
    assert {"GeoPandas", "GDAL", "PostGIS", "FME", "land cover", "Landsat", "Sentinel-2"} <= set(held.skills)


def test_a_handout_a_shapely_vase_a_lawn_a_course_and_an_exclamation_are_no_gis_tools() -> None:
    lexicon = bundled_lexicon()
    text = "Hand out a leaflet on our shapely vases; took an ENVI course on wetlands; gee, what a day. Mow the GRASS."
    said = analyse([text], lexicon)[0]
    assert not {"Leaflet", "Shapely", "ENVI", "Google Earth Engine", "GRASS GIS"} & set(said.skills)
    # A level designer's multiplayer maps are no cartography.
    arenas = analyse(["Own map design and map making for our multiplayer arenas."], lexicon)[0]
    assert "cartography" not in arenas.skills
    listed = analyse(["Skills: QGIS / GRASS, ENVI, eCognition"], lexicon)[0]
    assert {"QGIS", "GRASS GIS", "ENVI", "eCognition"} <= set(listed.skills)


def test_esris_platform_parts_are_arcgis_and_imagery_work_is_remote_sensing() -> None:
    lexicon = bundled_lexicon()
    assert {"arcgis enterprise", "arcgis field maps", "arcpy", "modelbuilder", "survey123"} <= set(
        lexicon.related["arcgis"]
    )
    assert {"lidar", "orthoimagery", "satellite imagery", "land cover", "google earth engine"} <= set(
        lexicon.related["remote sensing"]
    )
    assert {"geodatabase", "spatial analysis", "cartography", "georeferencing"} <= set(lexicon.related["gis"])
    assert "arcgis enterprise" in lexicon.instances["arcgis"]
    assert "arcgis enterprise" in lexicon.instances["gis"]


def test_an_automotive_technicians_certificates_tools_and_work_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Hold ASE certifications and EPA Section 609 certification; a state inspection licence a plus. Read codes "
        "with OBD II scan tools, chase driveability faults, do four-wheel alignments and climate control repairs, "
        "and file warranty claims."
    )
    cv = (
        "ASE Master Certified tech with an EPA 609 card and a vehicle inspection license: pulled OBD2 codes with a "
        "diagnostic scan tool, fixed drivability complaints, ran wheel alignments, serviced HVAC and did warranty work."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"EPA 609 certification", "state inspection license", "OBD-II", "scan tools", "drivability"}
    wanted |= {"wheel alignment", "HVAC", "warranty claims"}
    assert wanted | {"ASE certification"} <= set(said.skills)
    assert wanted | {"ASE Master Technician"} <= set(held.skills)
    # Section 609 (vehicle air conditioning) is not Section 608 (stationary refrigeration), nor the other way round.
    assert "EPA 608 certification" not in said.skills
    # A master technician holds the series' certifications: a CV that shows one meets a posting that asks for ASE.
    assert "ase master technician" in lexicon.instances["ase certification"]
    # Other fields' ASE and alignment stay out: an associate software engineer, a team's strategy.
    (plain,) = analyse(["Promoted from ASE to SDE II; kept the team in alignment with strategy."], lexicon)
    assert {"ASE certification", "wheel alignment"}.isdisjoint(plain.skills)


def test_a_diesel_technicians_engines_diagnostic_software_and_emissions_systems_are_skills_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Diagnose aftertreatment concerns on Power Stroke and Duramax diesels with Cat ET, Cummins INSITE, Detroit "
        "DiagnosticLink, JPRO and Allison DOC. Perform DOT annual inspections; troubleshoot hydraulic systems."
    )
    cv = (
        "Replaced DPFs and EGR coolers on Powerstroke and Duramax diesel pickups; read faults with Caterpillar "
        "Electronic Technician, INSITE, DiagnosticLink, Noregon JPRO and Allison DOC for PC; did FMCSA annual "
        "inspections and repaired the hydraulic system of a loader."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"Power Stroke", "Duramax", "Cat ET", "Cummins INSITE", "Detroit DiagnosticLink", "Noregon JPRO"}
    wanted |= {"Allison DOC", "DOT inspections", "hydraulic systems"}
    assert wanted | {"diesel aftertreatment"} <= set(said.skills)
    assert wanted | {"diesel particulate filter", "exhaust gas recirculation"} <= set(held.skills)
    # A diesel's particulate filter and its exhaust gas recirculation are each its aftertreatment.
    assert {"diesel particulate filter", "exhaust gas recirculation"} <= set(lexicon.instances["diesel aftertreatment"])
    # A benefits list's paid time off, a school's SIS and a civil engineer's hydraulics are none of them.
    (plain,) = analyse(["Paid time off (PTO); SIS rollout; open channel hydraulics and SCR drives."], lexicon)
    assert {"Cat SIS", "hydraulic systems", "selective catalytic reduction"}.isdisjoint(plain.skills)


def test_a_personal_trainers_certifying_bodies_and_methods_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Hold a certification from NASM, ACSM or NSCA, or the CSCS. Lead group fitness and HIIT classes, Pilates "
        "and yoga; run fitness assessments; coach strength and conditioning; a degree in exercise science or "
        "kinesiology, with exercise physiology."
    )
    cv = (
        "NASM-CPT and ACE-certified trainer, Certified Strength and Conditioning Specialist: taught group exercise, "
        "high-intensity interval training and reformer Pilates, ran fitness evaluations, coached strength & "
        "conditioning and resistance training; B.S. in kinesiology and exercise sciences, exercise physiology."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"NASM", "CSCS", "group fitness", "HIIT", "Pilates", "fitness assessment", "strength and conditioning"}
    wanted |= {"exercise science", "kinesiology", "exercise physiology"}
    assert wanted | {"ACSM", "NSCA", "yoga"} <= set(said.skills)
    assert wanted | {"American Council on Exercise", "strength training"} <= set(held.skills)
    # A trainer's NASM-CPT is NASM's credential, not the AMA's procedure codes a medical coder uses.
    assert "CPT" not in held.skills
    (coder,) = analyse(["Assigned ICD-10 and CPT codes."], lexicon)
    assert "CPT" in coder.skills
    # A bare "ace" is a word (an ace, aced the exam), no council; a strength coach's programs are strength training.
    (plain,) = analyse(["Aced the audit; an ACE of the team."], lexicon)
    assert "American Council on Exercise" not in plain.skills
    assert "strength training" in related_terms(lexicon)["strength and conditioning"]


def test_a_planners_plans_reviews_documents_and_credential_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "AICP preferred. Administer the zoning ordinance, update the Comprehensive Land Use Plan, lead site plan"
        " review and development review, write staff reports, prepare CEQA documents and an environmental impact"
        " report; support the MPO's Transportation Improvement Program and Unified Planning Work Program with a"
        " travel demand model. A degree in urban planning; historic preservation and affordable housing a plus."
    )
    cv = (
        "Member, American Institute of Certified Planners. Rewrote the zoning code and the comprehensive plan, ran site"
        " plan reviews, wrote a staff report a week, managed two EIRs under the California Environmental Quality Act"
        " and travel demand forecasting for the metropolitan planning organization's UPWP and Regional"
        " Transportation Improvement Program; Master of City and Regional Planning."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"AICP", "zoning ordinance", "comprehensive plan", "site plan review", "staff reports", "CEQA"}
    wanted |= {"environmental impact report", "metropolitan planning organization", "urban planning"}
    wanted |= {"Transportation Improvement Program", "Unified Planning Work Program", "travel demand modeling"}
    assert wanted | {"development review", "historic preservation", "affordable housing"} <= set(said.skills)
    assert wanted <= set(held.skills)
    # A plan in everyday words is no comprehensive plan, nor a zoning ordinance a data centre's cooling zones; a
    # general plan, as California names its cities' comprehensive plans, is evidence of one.
    (plain,) = analyse(["Drew up a general plan of attack; balanced the HVAC zones of the server room."], lexicon)
    assert {"comprehensive plan", "zoning ordinance"}.isdisjoint(plain.skills)
    assert "general plan" in related_terms(lexicon)["comprehensive plan"]


def test_an_agronomists_credentials_methods_and_precision_tools_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Certified Crop Advisor certification required; a commercial pesticide applicator license within 90 days."
        " Walk fields for crop scouting, write nutrient management plans and variable rate prescriptions from yield"
        " maps in Climate FieldView; IPM experience a plus."
    )
    cv = (
        "Certified Crop Adviser. Scouted with a team of crop scouts, built CNMPs, set up VRT seeding and read yield"
        " monitor data in SMS Advanced under a pesticide applicator licence; integrated pest management for growers."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {
        "Certified Crop Adviser",
        "pesticide applicator license",
        "crop scouting",
        "nutrient management",
        "variable rate technology",
        "yield mapping",
        "integrated pest management",
    }
    assert wanted | {"Climate FieldView"} <= set(said.skills)
    assert wanted | {"SMS Advanced"} <= set(held.skills)
    # The letters name other credentials too (AHIMA's Certified Coding Associate).
    (other,) = analyse(["Holds the CCA and the CPC."], lexicon)
    assert "Certified Crop Adviser" not in other.skills
    # A prescription at a variable rate is the technology, though the bullet does not name it.
    (lime,) = analyse(["Wrote variable-rate lime prescriptions."], lexicon)
    assert "variable rate technology" in lime.skills
    # A program named for the skill meets a CV's plans of it: the plan is a word after the skill, not another skill.
    (program,) = analyse(["Run the county's Dairy Nutrient Management Program."], lexicon)
    assert "nutrient management" in program.skills


def test_a_loan_officers_programs_disclosures_laws_and_systems_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Originate conventional loans and FHA, VA and USDA loans; build relationships with real estate agents; issue"
        " Loan Estimates under TRID, RESPA and TILA; know fair lending and HMDA reporting; Fannie Mae and Freddie Mac"
        " guidelines; experience with Encompass and Desktop Underwriter; calculate debt-to-income ratios."
    )
    cv = (
        "Closed FHA mortgages, VA home loans, USDA loans and conventional mortgages from referrals by 30 realtors;"
        " sent every Loan Estimate within TILA-RESPA Integrated Disclosure timelines under the Real Estate Settlement"
        " Procedures Act and the Truth in Lending Act; trained staff on fair lending laws and the Home Mortgage"
        " Disclosure Act; ran FNMA and FHLMC files through Fannie Mae Desktop Underwriter in Encompass LOS and"
        " checked each debt-to-income ratio."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"conventional loans", "FHA", "USDA loans", "real estate agents", "Loan Estimate", "TRID", "RESPA"}
    wanted |= {"TILA", "fair lending", "HMDA", "Fannie Mae", "Freddie Mac", "Encompass", "Desktop Underwriter"}
    wanted |= {"debt-to-income ratio"}
    assert wanted <= set(said.skills)
    assert wanted | {"VA loans"} <= set(held.skills)
    # "real estate agents" is one term, not "estate agents" after a generic "real".
    assert "estate agent" not in said.terms
    # An underwriting engine is an automated underwriting system, and Encompass a loan origination system.
    assert "desktop underwriter" in lexicon.instances["automated underwriting systems"]
    assert "encompass" in lexicon.instances["loan origination systems"]


def test_the_everyday_words_of_mortgage_systems_and_agencies_are_no_skills() -> None:
    # "encompass" is a verb, a calyx a flower's, "VA" a state and "USDA" a department of every farm posting.
    (plain,) = analyse(
        ["Duties encompass budgeting; photographed the calyx of each bloom; moved to VA for a USDA grant."],
        bundled_lexicon(),
    )
    assert {"Encompass", "Calyx Point", "VA loans", "USDA loans"}.isdisjoint(plain.skills)


def test_a_photographers_specialties_tools_and_rights_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Shoot product shots and portraiture for the online store with photographic lighting, tethered shooting in"
        " Capture One and a DSLR camera; process in Camera Raw and Adobe Bridge, keep the shot list, handle art"
        " directing and image rights for each event photography job."
    )
    cv = (
        "Product photography for 300 SKUs a season under strobe lighting, tethered capture into CaptureOne Pro on"
        " digital SLR cameras, Adobe Camera Raw; wrote shot lists, led art direction, negotiated usage rights and"
        " covered events photography."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"product photography", "portrait photography", "studio lighting", "tethered capture", "Capture One"}
    wanted |= {"DSLR", "Adobe Camera Raw", "shot lists", "art direction", "image licensing", "event photography"}
    assert wanted | {"Adobe Bridge"} <= set(said.skills)
    assert wanted - {"portrait photography"} <= set(held.skills)
    # Capturing one frame of a video is no raw editor.
    (frame,) = analyse(["Wrote a script to capture one frame per second from the camera feed."], lexicon)
    assert "Capture One" not in frame.skills


def test_a_graphic_designers_crafts_tools_and_media_are_skills_met_in_the_spellings_postings_and_resumes_use() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Know Photoshop, Adobe In-Design and Acrobat Professional; a strong grasp of colour theory and page layout;"
        " design direct mailers, infographics, slide design and out-of-home advertising; Dreamweaver and Adobe Flash"
        " a plus."
    )
    cv = (
        "Laid out pages in InDesign and preflighted in Acrobat Pro with CMYK proofs; vector illustration, web page"
        " design, publication design, screen-printing, direct mail campaigns, color theory and layout design."
    )
    said, held = analyse([posting, cv], lexicon)
    shared = {"Adobe InDesign", "Adobe Acrobat", "color theory", "layout design", "direct mail"}
    assert shared | {"infographics", "presentation design", "outdoor advertising"} <= set(said.skills)
    assert {"Adobe Dreamweaver", "Adobe Animate"} <= set(said.skills)
    assert shared | {"CMYK", "illustration", "web design", "editorial design", "screen printing"} <= set(held.skills)
    # Designing slides is not giving talks: the longer name wins over "presentation", an alias of public speaking.
    assert "public speaking" not in said.skills
    # Every app of Adobe's suite shows the suite; a carton's structure is evidence of packaging design.
    assert {"adobe acrobat", "adobe animate", "adobe dreamweaver"} <= set(lexicon.instances["adobe creative suite"])
    assert {"dielines", "folding cartons", "artioscad"} <= set(lexicon.related["packaging design"])
    # A circus acrobat is no PDF editor: the bare word is the app only where its context says so.
    (circus,) = analyse(["The troupe hired an acrobat and two clowns for the summer show."], lexicon)
    assert "Adobe Acrobat" not in circus.skills
    # Experience in design, or in designing systems, names no layout app.
    (engineer,) = analyse(["5+ years of experience in designing systems; a background in design reviews."], lexicon)
    assert "Adobe InDesign" not in engineer.skills


def test_a_designers_other_apps_and_a_places_graphics_are_skills_and_a_gimp_or_procreating_is_neither() -> None:
    lexicon = bundled_lexicon()
    posting = "Design wayfinding signage and environmental graphics; proof wide format printing. Know GIMP or Inkscape."
    cv = "Illustrated in Procreate, edited in Affinity Photo and Adobe Spark; wayfinding design, large-format printing."
    said, held = analyse([posting, cv], lexicon)
    places = {"wayfinding", "environmental graphic design", "large-format printing"}
    assert places | {"GIMP", "Inkscape"} <= set(said.skills)
    assert {"Procreate", "Affinity Photo", "Adobe Express", "wayfinding", "large-format printing"} <= set(held.skills)
    assert {"wayfinding", "signage", "large-format printing"} <= set(lexicon.related["environmental graphic design"])
    # The words where no context says a designer's app: a cord, a verb.
    (cord, verb) = analyse(["Braided a gimp lanyard at camp.", "Species that procreate in spring."], lexicon)
    assert not {"GIMP", "Procreate"} & set(cord.skills + verb.skills)


def test_copy_writing_in_two_words_is_copywriting_and_an_ads_headline_copy_is_evidence_of_it() -> None:
    lexicon = bundled_lexicon()
    texts = ["Produce ads from concept: copy writing and layout.", "Did the copywriting for ads."]
    (posting, cv) = analyse(texts, lexicon)
    assert "copywriting" in posting.skills and "copywriting" in cv.skills
    assert {"ad copy", "headline copy", "taglines"} <= set(lexicon.related["copywriting"])


def test_a_photographers_specialty_meets_a_posting_asking_for_photography() -> None:
    instances = bundled_lexicon().instances
    assert {"product photography", "portrait photography", "wedding photography"} <= set(instances["photography"])


def test_an_insurance_agents_licences_systems_and_designations_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Must hold an active P&C license and L&H license; experience with an agency management system; issue"
        " certificates of insurance; retain a book of business; CISR or CIC designation preferred; AMS360 a plus."
    )
    cv = (
        "Holds a Texas Property & Casualty Insurance Producer License and a Texas Life and Health Insurance Producer"
        " License; serviced books of business in Applied Epic, Vertafore AMS360 and HawkSoft; issued each certificate"
        " of insurance; Certified Insurance Service Representative; Certified Insurance Counselor."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"property and casualty license", "life and health license", "agency management system"}
    wanted |= {"certificates of insurance", "book of business", "CISR", "Certified Insurance Counselor", "AMS360"}
    assert wanted <= set(said.skills)
    assert wanted - {"agency management system"} | {"Applied Epic", "HawkSoft"} <= set(held.skills)
    # Each agency management system is one of its kind: a CV that names one meets a posting that asks for the kind.
    assert {"applied epic", "ams360", "ezlynx", "hawksoft"} <= set(lexicon.instances["agency management system"])


def test_life_insurance_sold_is_no_life_and_health_license() -> None:
    # A licence of the life and health lines is its whole name: "life insurance" or "health plans" alone hold none.
    (plain,) = analyse(["Sold term life insurance and health plans; ran an Epic EHR rollout."], bundled_lexicon())
    assert {"life and health license", "Applied Epic"}.isdisjoint(plain.skills)


def test_a_landscape_architects_plans_practices_and_credentials_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "LARE passed or within a year; SITES AP a plus. Draw planting plans, grading plans and erosion and sediment"
        " control plans in Land F/X, design green infrastructure (bioswales, rain gardens) and irrigation plans, and"
        " run construction administration."
    )
    cv = (
        "Passed the Landscape Architect Registration Examination; SITES Accredited Professional. Planting design,"
        " grading and drainage and erosion control for 20 sites in LandFX; a vegetated swale and a rain garden for a"
        " green stormwater infrastructure pilot; irrigation design; construction contract administration."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"LARE", "SITES AP", "planting design", "site grading", "erosion control", "Land F/X"}
    wanted |= {"green infrastructure", "bioswales", "rain gardens", "irrigation design", "construction administration"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)
    # A teacher's grading and a colourist's are no site's; a green infrastructure bullet is evidence of stormwater
    # management, and Land F/X of CAD.
    (plain,) = analyse(["Graded 120 essays a week; planned the plant's shutdown; grading rubrics."], lexicon)
    assert {"site grading", "planting design"}.isdisjoint(plain.skills)
    assert "green infrastructure" in related_terms(lexicon)["stormwater management"]
    assert "land f/x" in related_terms(lexicon)["cad"]


def test_a_stylists_licences_services_and_booking_software_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Current cosmetology license required. Provide haircuts, color services and keratin treatments; book clients"
        " in our salon software. An esthetician license or barber license is a plus; hair extensions welcome."
    )
    cv = (
        "Licensed cosmetologist (State Cosmetology Operator License). Hair cutting and hair colouring for 25 guests a"
        " week; keratin smoothing treatments; booked in Vagaro and Mindbody; tape-in extensions; Aesthetics License"
        " pending; Barber's Licence 2019."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"cosmetology license", "haircutting", "hair coloring", "keratin treatments", "hair extensions"}
    wanted |= {"barber license"}
    assert wanted | {"salon software", "esthetician license"} <= set(said.skills)
    assert wanted | {"Vagaro", "Mindbody"} <= set(held.skills)
    # A hair stylist does hair styling, as a photojournalist does photojournalism.
    (titled,) = analyse(["Hair Stylist, Shear Bliss Salon"], lexicon)
    assert "hair styling" in titled.skills
    # A recruiter's permanent placements and a report's highlights are no salon's services.
    (plain,) = analyse(["Filled 40 perm roles; wrote the quarter's highlights; added browser extensions."], lexicon)
    assert {"permanent waves", "hair coloring", "hair extensions"}.isdisjoint(plain.skills)


def test_a_stylists_colour_techniques_and_booking_systems_meet_a_posting_asking_for_their_kind() -> None:
    lexicon = bundled_lexicon()
    assert "balayage" in lexicon.instances["hair coloring"]
    assert {"vagaro", "mindbody", "square appointments"} <= set(lexicon.instances["salon software"])
    assert {"balayage", "highlight", "color correction", "toner"} <= related_terms(lexicon)["hair coloring"]  # lemmas
    assert {"relaxer", "permanent waves", "keratin treatments"} <= related_terms(lexicon)["chemical services"]


def test_a_beauty_retailers_merchandising_and_makeup_services_are_skills() -> None:
    lexicon = bundled_lexicon()
    (said,) = analyse(
        ["Execute resets to each planogram, keep visual merchandizing standards, do make-up applications."], lexicon
    )
    assert {"planograms", "visual merchandising", "makeup application"} <= set(said.skills)
    # Displays set to planograms are evidence of visual merchandising.
    assert "planograms" in related_terms(lexicon)["visual merchandising"]


def test_a_home_care_aides_credential_lifts_and_visit_verification_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "HHA or CNA certification required; experience with Hoyer lifts and gait belts; clock in through electronic"
        " visit verification; memory care, dementia care and respite care experience; PointClickCare a plus."
    )
    cv = (
        "Certified Home Health Aide and State Tested Nurse Aide; transferred clients with a mechanical lift and a"
        " transfer belt; recorded every visit in HHAeXchange with EVV; charted in Point Click Care."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"home health aide", "CNA", "Hoyer lift", "gait belt", "electronic visit verification", "memory care"}
    assert wanted | {"dementia care", "respite care", "PointClickCare"} <= set(said.skills)
    assert wanted - {"memory care"} | {"HHAeXchange", "PointClickCare"} <= set(held.skills)
    # PointClickCare is senior living's EHR: a CV that names it meets a posting asking for an EHR.
    assert "pointclickcare" in lexicon.instances["ehr"]


def test_comfort_care_at_the_end_of_life_is_hospice_care() -> None:
    said, held = analyse(["Hospice care experience preferred.", "Gave comfort care to residents."], bundled_lexicon())
    assert "palliative care" in said.skills
    assert "palliative care" in held.skills


def test_a_surname_hoyer_or_a_lift_truck_is_no_patient_lift() -> None:
    (plain,) = analyse(["Met Steny Hoyer; drove a forklift and a scissor lift."], bundled_lexicon())
    assert "Hoyer lift" not in plain.skills


def test_an_aides_personal_care_is_evidenced_by_the_daily_living_tasks_a_bullet_names() -> None:
    related = related_terms(bundled_lexicon())
    assert {"activities of daily living", "bathe", "toileting"} <= related["personal care"]
    assert "memory care" in related["dementia care"]


def test_vital_signs_are_evidenced_by_the_measures_a_bullet_names() -> None:
    related = related_terms(bundled_lexicon())
    assert {"blood pressure", "blood glucose", "heart rate"} <= related["vital signs"]


def test_a_massage_therapists_modalities_licences_and_exams_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Licensed Massage Therapist wanted for a day spa: deep tissue, trigger point therapy, hot stone massage and"
        " pregnancy massage. Must have passed the Massage and Bodywork Licensing Examination; NCBTMB certification a"
        " plus. Knowledge of neuromuscular therapy and manual lymphatic drainage."
    )
    cv = (
        "LMT (State Massage License 2016), MBLEx passed, Board Certified in Therapeutic Massage and Bodywork. Deep"
        " tissue massage and trigger point release for 30 clients a week; hot stones; prenatal massage; neuromuscular"
        " technique; lymphatic drainage."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"massage therapist license", "deep tissue massage", "trigger point therapy", "hot stone massage"}
    wanted |= {"prenatal massage", "MBLEx", "BCTMB", "neuromuscular therapy", "lymphatic drainage"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)
    # A nurse's deep tissue injury, a pressure injury's stage, is no massage.
    (nurse,) = analyse(["Staged a deep tissue injury on the sacrum and started wound care."], lexicon)
    assert "deep tissue massage" not in nurse.skills


def test_a_massage_modality_meets_a_posting_asking_for_massage_techniques() -> None:
    lexicon = bundled_lexicon()
    modalities = {"swedish massage", "deep tissue massage", "myofascial release", "trigger point therapy"}
    assert modalities <= set(lexicon.instances["massage techniques"])
    # Rooms sanitized or disinfected between clients are evidence of the sanitation a posting asks for.
    assert {"sanitize", "disinfect", "infection control"} <= related_terms(lexicon)["sanitation"]  # as lemmas


def test_a_welders_processes_codes_and_shop_work_are_skills_met_in_the_aws_names_or_the_shop_names() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Stick, MIG and TIG welders wanted: SMAW and GMAW on carbon steel, GTAW on stainless, flux-cored arc welding"
        " outside. Work to AWS D1.1 and the WPS; read weld symbols; fit-up and tack; run the plasma table, oxy-fuel"
        " torch and press brake; air arc gouging; brazing and soldering a plus. AWS certified welder; CWI preferred."
    )
    cv = (
        "Shielded metal arc welding, gas metal arc welding, gas tungsten arc welding and flux core welding to D1.1;"
        " followed welding procedure specifications and welding symbols; fit up assemblies; cut with a plasma cutter"
        " and oxy-acetylene; formed on press brakes; carbon arc gouging; American Welding Society certified."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"SMAW", "GMAW", "GTAW", "FCAW", "AWS D1.1", "WPS", "welding symbols", "fit-up", "plasma cutting"}
    wanted |= {"oxy-fuel cutting", "press brake", "air carbon arc gouging", "AWS welding certification"}
    assert wanted | {"brazing", "soldering", "CWI"} <= set(said.skills)
    assert wanted <= set(held.skills)
    # The welding society's certificate is no Amazon cloud skill.
    assert "AWS" not in said.skills
    # A bullet that names its process meets a posting asking for arc welding.
    assert {"smaw", "gmaw", "fcaw", "gtaw"} <= set(lexicon.instances["arc welding"])


def test_an_electricians_thermography_fieldbus_and_certifications_meet_a_postings_names() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Perform thermal imaging of switchboards. Experience with Profibus networks. Install fire alarm panels;"
        " NICET Level III required. Valid Journeyman Electrician Certification; Master Electrician Certification"
        " a plus."
    )
    cv = (
        "Ran infrared thermography surveys of motor control centers. Commissioned PROFIBUS DP drives. Installed"
        " a fire alarm system in a hospital wing. National Institute for Certification in Engineering Technologies,"
        " Level II. Journeyman electrician license; master electrician license."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"thermal imaging", "PROFIBUS", "NICET"}
    wanted |= {"journeyman electrician license", "master electrician license"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)


def test_an_electricians_megger_testing_motor_starters_and_aerial_lifts_meet_a_postings_names() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Perform insulation resistance testing of feeders. Troubleshoot motor controls. MEWP certification preferred;"
        " operate aerial work platforms."
    )
    cv = (
        "Meggered new feeders before energizing: megger testing on every service. Replaced magnetic starters and soft"
        " starters on conveyor lines. Aerial lift certified; ran scissor lifts and boom lifts."
    )
    said, held = analyse([posting, cv], lexicon)
    assert {"insulation resistance testing", "aerial lift certification", "aerial lift operation"} <= set(said.skills)
    assert {"insulation resistance testing", "aerial lift certification", "aerial lift operation"} <= set(held.skills)
    assert {"motor starters", "soft starters"} <= set(held.skills)
    # A starter, a soft starter and a drive are the motor controls a posting asks for, as related evidence.
    assert {"motor starters", "soft starters", "vfd", "mcc"} <= set(lexicon.related["motor controls"])
    # A ski resort's aerial lifts are its chairlifts: no platform an electrician works from.
    (resort,) = analyse(["Ran the resort's two aerial lifts and its snowmaking crew."], lexicon)
    assert "aerial lift operation" not in resort.skills


def test_supervising_a_crew_is_leading_the_team_a_trades_posting_asks_for() -> None:
    lexicon = bundled_lexicon()
    asked, listed, done, staff = analyse(
        ["Lead crews of 6-15 journeymen.", "Crew supervision", "Supervised crews of eight.", "Supervised staff."],
        lexicon,
    )
    assert "team leadership" in asked.skills
    assert "team leadership" in listed.skills and "team leadership" in done.skills
    assert "team leadership" not in staff.skills  # staff supervision: a related skill, no team led


def test_an_hvac_technicians_equipment_work_and_certificates_meet_a_postings_names() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Service gas furnaces, heat pumps, split systems, rooftop units, boilers, chillers and cooling towers; install"
        " ductless mini-splits and ductwork; tune HVAC controls; read electrical schematics; refrigerant handling,"
        " refrigerant recovery, leak detection, superheat and subcooling, combustion analysis, Manual J load"
        " calculations; hydronic heating; air conditioning; walk-in coolers and ice machines; ServiceTitan. EPA"
        " certification required."
    )
    cv = (
        "Replaced furnaces and a heat pump; installed mini-splits and a split-system air conditioner on a rooftop unit;"
        " fabricated duct work; read wiring diagrams; handling refrigerants and refrigerant recovery; leak detection;"
        " charged by superheat/subcooling; combustion testing; ACCA Manual J; hydronics; a walk-in freezer; an ice"
        " machine; HVAC control systems; boilers, chillers and cooling towers; Service Titan."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"furnaces", "heat pumps", "split systems", "rooftop units", "boilers", "chillers", "cooling towers"}
    wanted |= {"ductless mini-splits", "ductwork", "HVAC controls", "schematics", "refrigerant handling"}
    wanted |= {"refrigerant recovery", "leak detection", "superheat and subcooling", "combustion analysis"}
    wanted |= {"Manual J", "hydronic heating", "air conditioning", "walk-in coolers", "ice machines", "ServiceTitan"}
    assert wanted | {"EPA certification"} <= set(said.skills)
    assert wanted <= set(held.skills)
    # A posting asking for "EPA certification" is met by either section's certificate.
    assert {"epa 608 certification", "epa 609 certification"} <= set(lexicon.instances["epa certification"])
    # A walk-in cooler or an ice machine is commercial refrigeration.
    assert {"walk-in coolers", "ice machines"} <= set(lexicon.instances["refrigeration systems"])
    # A posting that asks for HVAC finds a bullet about the equipment the trade works on.
    assert {"heat pumps", "furnaces", "ductwork"} <= related_terms(lexicon)["hvac"]
    # Ductwork fabricated from blueprints is evidence of reading them.
    assert "blueprint" in related_terms(lexicon)["blueprint reading"]  # as lemmas


def test_an_rtu_is_a_rooftop_unit_only_where_the_text_speaks_of_heating_and_cooling() -> None:
    hvac, lennox, grid = analyse(
        [
            "Replaced economizers on 30 RTUs for HVAC service agreements.",
            "Troubleshoot RTUs (Trane, Lennox) up to 25 tons.",
            "Commissioned RTUs and DNP3 links at 12 substations.",
        ],
        bundled_lexicon(),
    )
    assert "rooftop units" in hvac.skills and "rooftop units" in lennox.skills
    assert "rooftop units" not in grid.skills


def test_the_new_refrigerants_class_air_handlers_and_thermostats_meet_a_postings_names() -> None:
    lexicon = bundled_lexicon()
    posting = "Experience with A2L refrigerants. Service air handling units and program smart thermostats."
    cv = "A2L Refrigerant Safety Training, 2024. Replaced blower motors in AHUs; wired a thermostat."
    said, held = analyse([posting, cv], lexicon)
    wanted = {"A2L refrigerants", "air handlers", "thermostats"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)
    # A posting that asks for HVAC controls gives some credit to a bullet about thermostats.
    assert "thermostats" in related_terms(lexicon)["hvac controls"]


@pytest.mark.parametrize(
    "said",
    [
        "608 certification required",
        "Universal 608 certification",
        "EPA Type II certification",
        "EPA refrigerant certification",
        "EPA Section 608 Type I, II and III",
    ],
)
def test_the_epas_section_608_certificate_by_its_number_types_or_purpose_is_one_skill(said: str) -> None:
    (posting,) = analyse([said], bundled_lexicon())
    assert posting.skills == ["EPA 608 certification"]


def test_the_trades_other_certifying_body_and_the_refrigerant_safety_course_are_skills() -> None:
    (posting,) = analyse(["NATE or HVAC Excellence certification; R-410A certification a plus."], bundled_lexicon())
    assert {"HVAC Excellence certification", "R-410A certification"} <= set(posting.skills)
    # A contractor's praise of its own work is no certificate.
    (blurb,) = analyse(["Forty years of HVAC excellence in Louisville."], bundled_lexicon())
    assert "HVAC Excellence certification" not in blurb.skills


def test_hvac_words_are_no_other_fields_skills() -> None:
    (plain,) = analyse(
        [
            "Refrigeration of vaccines; walk-ins welcome; memory leak testing; load calculations for the slab; the RTU"
            " polls the SCADA master. Led schematic design through construction documents."
        ],
        bundled_lexicon(),
    )
    assert "schematic design" in plain.skills
    assert not {"refrigeration systems", "walk-in coolers", "leak detection", "Manual J", "schematics"} & set(
        plain.skills
    )


def test_an_everyday_stick_and_amazons_aws_are_no_welding() -> None:
    (plain,) = analyse(["Stick to the plan. Deployed services on AWS; a MIG-29 flew over."], bundled_lexicon())
    assert not {"SMAW", "GMAW"} & set(plain.skills)
    assert "AWS" in plain.skills
    assert "AWS welding certification" not in plain.skills
    # "AWS certification" and "AWS Certified …" are Amazon's in most postings.
    (cloud,) = analyse(["AWS certification preferred (AWS Certified Solutions Architect)."], bundled_lexicon())
    assert "AWS welding certification" not in cloud.skills


def test_a_plumbers_and_pipefitters_systems_work_codes_and_credentials_meet_a_postings_names() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Install and test backflow prevention devices; service domestic hot water, water heaters and gas piping;"
        " drain cleaning, hydro jetting and sewer camera inspection; rough-in and trim-out of DWV and PEX; install"
        " medical gas under NFPA 99 (ASSE 6010); CSST and ProPress; read isometric drawings and P&IDs; pipe"
        " threading; hydrostatic testing to ASME B31.1 and ASME B31.3; ASME Section IX; steam traps; Uniform"
        " Plumbing Code or International Plumbing Code. Backflow tester certification and a gas fitter license."
    )
    cv = (
        "Tested 300 backflow preventers a year; replaced tankless water heaters and DHW tanks; ran natural gas piping;"
        " cleared drains, hydro-jetting and sewer camera inspections; plumbing rough-in and trim-out plumbing;"
        " drain, waste and vent piping and PEX tubing; brazed med gas to the Health Care Facilities Code as an ASSE"
        " 6010 certified installer; corrugated stainless steel tubing; Viega ProPress; piping isometrics and piping"
        " and instrumentation diagrams; a pipe threader; hydrotests to B31.1 and B31.3 as an ASME IX welder; a steam"
        " trap. Certified backflow tester (ASSE 5110); gasfitter licence."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"backflow prevention", "domestic hot water", "water heaters", "gas piping", "drain cleaning"}
    wanted |= {"hydro jetting", "sewer camera inspection", "rough-in", "trim-out", "DWV", "PEX", "medical gas"}
    wanted |= {"NFPA 99", "ASSE 6010", "CSST", "ProPress", "isometric drawings", "P&ID", "pipe threading"}
    wanted |= {"hydrostatic testing", "ASME B31.1", "ASME B31.3", "ASME Section IX", "steam traps"}
    wanted |= {"backflow testing", "gas fitter license"}
    assert wanted | {"Uniform Plumbing Code", "International Plumbing Code"} <= set(said.skills)
    assert wanted <= set(held.skills)


def test_the_pumps_traps_and_tanks_a_plumber_services_are_skills_in_the_trades_spellings() -> None:
    said, held = analyse(
        [
            "Service sump pumps, sewage ejector pumps, grease interceptors and septic systems.",
            "Replaced a sump pump and two sewage pumps; pumped grease traps; inspected septic tanks.",
        ],
        bundled_lexicon(),
    )
    wanted = {"sump pumps", "sewage ejector pumps", "grease interceptors", "septic systems"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)


def test_the_fire_and_fuel_gas_codes_are_each_their_own_nfpa_standard() -> None:
    said, held = analyse(
        [
            "Install sprinklers to NFPA 13 and inspect them per NFPA 25; gas piping to NFPA 54.",
            "Tested fire alarm panels to NFPA 72 and ran gas lines under the National Fuel Gas Code.",
        ],
        bundled_lexicon(),
    )
    assert {"NFPA 13", "NFPA 25", "NFPA 54"} <= set(said.skills)
    assert {"NFPA 72", "NFPA 54"} <= set(held.skills)
    # A fire alarm code is no sprinkler standard: the CV says no NFPA the posting names but the fuel gas code.
    assert set(said.skills) & set(held.skills) == {"NFPA 54", "gas piping"}


def test_the_fire_code_an_inspector_enforces_is_named_by_the_code_councils_name_and_not_by_its_letters() -> None:
    lexicon = bundled_lexicon()
    posting, cv, bim = analyse(
        [
            "Conduct inspections under the International Fire Code (IFC); knowledge of local fire codes.",
            "Enforced the fire code in 300 commercial occupancies.",
            "Exported IFC models from Revit for clash detection.",
        ],
        lexicon,
    )
    assert {"International Fire Code", "fire code"} <= set(posting.skills)
    assert "fire code" in set(cv.skills)
    assert not {"International Fire Code", "fire code"} & set(bim.skills)
    # Fire inspections are the code's work: a firefighter who inspected occupancies has related evidence of it.
    assert {"international fire code", "fire inspection"} <= related_terms(lexicon)["fire code"]


def test_a_plumbers_licence_or_code_of_any_grade_or_name_meets_a_posting_asking_for_one() -> None:
    lexicon = bundled_lexicon()
    (posting,) = analyse(["Licensed plumber required; knowledge of local plumbing codes."], lexicon)
    assert {"plumber license", "plumbing code"} <= set(posting.skills)
    assert {"journeyman plumber license", "master plumber license"} <= set(lexicon.instances["plumber license"])
    assert {"uniform plumbing code", "international plumbing code"} <= set(lexicon.instances["plumbing code"])
    # A tester of backflow assemblies, and a water heater, are evidence of what a service posting names.
    assert related_terms(lexicon)["backflow prevention"] == {"backflow testing"}
    assert "water heaters" in related_terms(lexicon)["domestic hot water"]


def test_plumbing_words_are_no_other_fields_skills() -> None:
    (plain,) = analyse(
        [
            "Built the plumbing of our data platform; multithreading and threading models; isometrics and planks in"
            " the gym; trim out filler words; UPC barcodes and IPC between processes; copper wire and PVC banners."
        ],
        bundled_lexicon(),
    )
    assert not {"pipe threading", "isometric drawings", "trim-out", "Uniform Plumbing Code"} & set(plain.skills)
    assert not {"International Plumbing Code", "PEX", "plumbing code"} & set(plain.skills)
    # Medical gas piping is a hospital's oxygen and vacuum, no fuel gas piping.
    (medical,) = analyse(["Brazed medical gas piping in the new wing."], bundled_lexicon())
    assert "medical gas" in medical.skills
    assert "gas piping" not in medical.skills


def test_a_librarians_degree_tools_and_programs_are_skills_met_in_the_words_postings_write() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Requires a Master’s degree in library science from an ALA-accredited program. Catalogs in OCLC Connexion"
        " client and WorldCat; authority work; classifies by the Dewey Decimal System. Runs storytimes and the"
        " summer reading program."
    )
    cv = (
        "Master of Library and Information Science. Copy cataloging in OCLC Connexion, WorldCat holdings and"
        " authority control; Dewey Decimal Classification. Weekly story time and the summer reading club."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"MLIS", "OCLC Connexion", "WorldCat", "authority control", "Dewey Decimal Classification"}
    wanted |= {"storytime", "summer reading"}
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)
    # Each spelling of the degree by its field is the degree.
    for degree in ("Master's in Library Science", "Master's degree in Library and Information Science"):
        assert lexicon.canonical(degree) == "MLIS"
    # A storytime or a summer reading program run is evidence of the youth services a posting asks for.
    assert {"storytime", "summer reading"} <= related_terms(lexicon)["youth service"]


def test_an_interpreters_modes_tools_and_credentials_meet_a_postings_names_in_either_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Performs consecutive interpretation and simultaneous interpretation and makes sight translations of forms."
        " Provides video remote interpretation and telephonic interpreting. Uses computer-assisted translation"
        " tools and translation memories; MTPE experience. CCHI or NBCMI certification; legal terminology."
    )
    cv = (
        "Consecutive interpreting and simultaneous interpreting at hearings; sight translated consent forms; VRI and"
        " over-the-phone interpreting; Trados Studio and a translation memory; post-editing; Certification Commission"
        " for Healthcare Interpreters; National Board of Certification for Medical Interpreters; legal terminology."
    )
    asked, held = analyse([posting, cv], lexicon)
    wanted = {
        "consecutive interpreting", "simultaneous interpreting", "sight translation", "video remote interpreting",
        "over-the-phone interpreting", "translation memory", "post-editing", "CCHI", "NBCMI", "legal terminology",
    }  # fmt: skip
    assert wanted <= set(asked.skills)
    assert wanted <= set(held.skills)
    assert "CAT tools" in asked.skills and "SDL Trados" in held.skills
    # Trados, memoQ, Wordfast and Memsource are each a CAT tool: a résumé naming one meets a posting asking for them.
    assert {"sdl trados", "memoq", "wordfast", "memsource"} <= set(lexicon.instances["cat tools"])
    # A court that interprets a statute, a lawyer's legal interpretation and a salon's OPI lacquer are no interpreting.
    other_fields = "The court interpreted the statute; legal interpretation of contracts; OPI gel polish."
    (other,) = analyse([other_fields], lexicon)
    assert not {"over-the-phone interpreting", "consecutive interpreting"} & set(other.skills)
    assert not any("interpret" in skill for skill in other.skills)


def test_a_residential_agents_work_tools_and_designations_meet_a_postings_names_in_either_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Buyer's agent: runs buyer consultations and home showings for first-time home buyers, drafts purchase"
        " contracts and manages each deal from contract-to-close in SkySlope. Prepares comparative market analysis"
        " for listing presentations; prospects expired listings, for sale by owner sellers and the sphere of"
        " influence by door-knocking. Accredited Buyer Representative or Seniors Real Estate Specialist a plus."
    )
    cv = (
        "Held buyer consultations and led 400 private showings for first-time homebuyers; drafted purchase agreements"
        " and took every deal from contract to close in dotloop. Prepared comparative market analyses for listing"
        " presentations; called expired listings and FSBOs, worked my sphere of influence and went door knocking."
        " Accredited Buyer's Representative; Seniors Real Estate Specialist."
    )
    asked, held = analyse([posting, cv], lexicon)
    wanted = {
        "buyer consultations", "property showings", "first-time homebuyers", "purchase agreements", "contract to close",
        "comparative market analysis", "listing presentations", "expired listings", "FSBO", "sphere of influence",
        "door knocking", "Accredited Buyer's Representative", "Seniors Real Estate Specialist",
    }  # fmt: skip
    assert wanted <= set(asked.skills)
    assert wanted <= set(held.skills)
    # An agent's licence by the names states and postings give it.
    assert lexicon.canonical("real estate agent license") == "real estate license"
    assert lexicon.canonical("Real Estate Sales Agent License") == "real estate salesperson license"
    # dotloop and SkySlope are each transaction management software; kvCORE is a CRM.
    assert {"dotloop", "skyslope"} <= set(lexicon.instances["transaction management software"])
    assert "kvcore" in lexicon.instances["crm"]
    # Prospecting expireds and FSBOs is evidence of sales prospecting; showings and consultations, of buyer agency.
    assert {"expired listings", "fsbo", "door knocking"} <= related_terms(lexicon)["sales prospecting"]
    assert {"property showings", "buyer consultations"} <= related_terms(lexicon)["buyer representation"]
    # A listing presentation is a pitch to a seller, not public speaking; the association is no real estate agent.
    pitches = "Gave listing presentations and buyer presentations; National Association of REALTORS member."
    (pitch,) = analyse([pitches], lexicon)
    assert "public speaking" not in pitch.skills and "real estate agents" not in pitch.skills
    # A showing is named with what is shown, whatever the verb's form.
    for shown in ("Show property to clients", "showing homes to buyers", "This agent will be showing properties"):
        (showing,) = analyse([shown], lexicon)
        assert "property showings" in showing.skills
    # "Showing" alone, a software staging server and a lab's MLS are none of the agent's work.
    other_fields = "Showing initiative, deployed to the staging environment; MLS (ASCP) certified; ABR hearing screens."
    (other,) = analyse([other_fields], lexicon)
    assert not {"property showings", "home staging", "Multiple Listing Service"} & set(other.skills)
    assert "Accredited Buyer's Representative" not in other.skills


def test_rest_assured_as_a_sentences_reassurance_is_no_java_testing_library() -> None:
    lexicon = bundled_lexicon()
    reassured, tested = analyse(
        ["Rest assured that your application will be treated with confidentiality.", "Java, REST Assured, Selenium"],
        lexicon,
    )
    assert "REST-assured" not in reassured.skills
    assert "REST-assured" in tested.skills


def test_a_superintendents_schedules_safety_plans_trades_and_handover_are_skills_met_in_their_spellings() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Superintendent: keep the three-week look-ahead and pull planning sessions; run toolbox talks under the"
        " project safety plan; coordinate mechanical, electrical and plumbing trades; schedule special inspections;"
        " lead commissioning processes and closeout of ground-up construction and tenant improvements; CCM a plus for"
        " managing subcontractors."
    )
    cv = (
        "Built lookahead schedules with the Last Planner System; led tool box talks and wrote the site-specific"
        " safety plan; sequenced MEP rough-in; passed every special inspection; ran systems commissioning and"
        " project close-out with as-built drawings and O&M manuals on ground up construction and tenant fit-out jobs;"
        " Certified Construction Manager."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"look-ahead schedule", "pull planning", "toolbox talks", "site-specific safety plan", "MEP"}
    wanted |= {"special inspections", "systems commissioning", "project closeout", "ground-up construction"}
    wanted |= {"tenant improvement", "Certified Construction Manager"}
    assert wanted <= set(said.skills)
    assert wanted - {"pull planning"} <= set(held.skills)
    assert {"Last Planner System", "as-built drawings", "O&M manuals"} <= set(held.skills)
    # Pull planning is the Last Planner System's practice: evidence of it.
    assert "pull planning" in related_terms(lexicon)["last planner system"]
    # A client's safety plan stays the social worker's, a salesperson's commission no building's, and a house as
    # built no drawing.
    (plain,) = analyse(
        ["Wrote a safety plan with the client. Paid as a commission agent. The house as built had a porch."], lexicon
    )
    assert "safety planning" in plain.skills
    assert not {"site-specific safety plan", "building commissioning", "as-built drawings"} & set(plain.skills)


def test_a_truck_drivers_credentials_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Class A CDL with hazmat endorsement and air brake endorsement; doubles and triples endorsement a plus. "
        "Clean driving record and a current DOT medical card. Perform pre-trip and post-trip inspections; "
        "know cargo securement and the Federal Motor Carrier Safety Regulations; over-the-road runs."
    )
    cv = (
        "CDL-A, H endorsement, air brakes endorsement, doubles/triples; clean MVR; passed my DOT physical; "
        "post-trip inspections every shift; load securement on flatbed; FMCSR; 5 years over the road."
    )
    said, held = analyse([posting, cv], lexicon)
    named = {
        "Class A CDL",
        "hazmat endorsement",
        "air brake endorsement",
        "doubles/triples endorsement",
        "clean driving record",
        "DOT medical card",
        "post-trip inspection",
        "cargo securement",
        "DOT regulations",
        "over-the-road",
    }
    assert named <= set(said.skills)
    assert named <= set(held.skills)
    # "MVR" alone is also a mitral valve replacement: only the driver's own phrases are read as the driver's. "OTR"
    # is over-the-road but where occupational therapy is spoken of (tailor.analysis.skills).
    assert lexicon.canonical("MVR") is None and lexicon.canonical("OTR") == "over-the-road"


def test_the_x_endorsement_meets_a_posting_asking_for_the_hazmat_or_the_tanker_endorsement() -> None:
    # The X endorsement is the hazmat and tank vehicle endorsements in one (49 CFR 383.93).
    lexicon = bundled_lexicon()
    assert lexicon.canonical("tanker/hazmat endorsement") == "X endorsement"
    assert "x endorsement" in lexicon.instances["hazmat endorsement"]
    assert "x endorsement" in lexicon.instances["tanker endorsement"]


def test_a_drivers_trailers_are_skills_and_a_reefer_is_evidence_of_the_cold_chain() -> None:
    lexicon = bundled_lexicon()
    said, held = analyse(
        ["Two years pulling a refrigerated trailer or dry van trailers.", "Ran reefer and dry vans."], lexicon
    )
    assert {"reefer", "dry van"} <= set(said.skills)
    assert {"reefer", "dry van"} <= set(held.skills)
    assert "reefer" in related_terms(lexicon)["cold chain"]
    # Hauling refrigerated freight is running a reefer, as "reefer freight" says.
    (hauled,) = analyse(["Hauled refrigerated freight on a five-state network."], lexicon)
    assert "reefer" in hauled.skills
    # A print shop's flatbed printer is no trailer: "flatbed" is no skill.
    assert lexicon.canonical("flatbed") is None


def test_a_tractor_trailer_is_a_skill_that_a_trailer_hauled_or_a_class_a_licence_shows() -> None:
    lexicon = bundled_lexicon()
    (asked,) = analyse(["One year of experience operating a tractor-trailer combination or 18-wheeler."], lexicon)
    assert "tractor-trailer" in asked.skills
    assert {"dry van", "reefer", "class a cdl"} <= {term.lower() for term in lexicon.instances["tractor-trailer"]}
    # A farm tractor is no tractor-trailer.
    (farm,) = analyse(["Drove a tractor and a hay trailer at harvest."], lexicon)
    assert "tractor-trailer" not in farm.skills


def test_the_microsoft_bi_stack_is_named_terms_and_ssrs_or_ssas_is_business_intelligence() -> None:
    lexicon = bundled_lexicon()
    (built,) = analyse(
        [
            "Wrote stored procedures behind SQL Server Reporting Services reports, an SSAS cube on a star schema,"
            " and Power Query steps."
        ],
        lexicon,
    )
    assert {"stored procedures", "SSRS", "SSAS", "star schema", "Power Query"} <= set(built.skills)
    assert {"ssrs", "ssas"} <= set(lexicon.instances["business intelligence"])
    assert "star schema" in lexicon.related["data modeling"]


def test_an_etl_tool_is_evidence_of_the_etl_a_posting_asks_for() -> None:
    lexicon = bundled_lexicon()
    assert {"dbt", "ssis", "informatica"} <= set(lexicon.related["etl"])


def test_a_cloud_warehouse_product_is_evidence_of_the_data_warehousing_a_posting_asks_for() -> None:
    lexicon = bundled_lexicon()
    assert {"snowflake", "bigquery", "amazon redshift"} <= set(lexicon.related["data warehousing"])


def test_a_sales_engineers_trials_demos_questionnaires_and_field_are_skills_and_a_point_of_contact_no_poc() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Run proof-of-concepts and technical demonstrations for prospects; complete vendor security "
        "questionnaires; five years of solutions engineering or technical pre-sales."
    )
    cv = "Led 30 proofs of concept (PoCs) and 150 technical demos; answered security questionnaires."
    said, held = analyse([posting, cv], lexicon)
    assert {"proof of concept", "product demos", "security questionnaires", "sales engineering"} <= set(said.skills)
    assert {"proof of concept", "product demos", "security questionnaires"} <= set(held.skills)
    (contact,) = analyse(["Serve as the POC for vendor escalations."], lexicon)
    assert "proof of concept" not in contact.skills


def test_a_posting_asking_for_presentations_gives_some_credit_to_webinars_and_product_demos() -> None:
    lexicon = bundled_lexicon()
    assert {"webinars", "product demos"} <= related_terms(lexicon)["public speaking"]


def test_people_operations_is_the_name_many_employers_give_human_resources() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Director of People Ops: own our policies and the employee lifecycle.",
            "Built the People Operations function of a 200-person firm.",
        ],
        lexicon,
    )
    assert "human resources" in posting.skills
    assert "human resources" in cv.skills


def test_a_power_engineers_studies_software_and_standards_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Perform load flow studies, short circuit studies and arc flash analysis in SKM PowerTools; model "
            "interconnections in PSS/E and PSCAD; set protective relays; follow IEEE 1584 and NERC reliability "
            "standards.",
            "Ran power flow studies and relay coordination for a utility's substations in ETAP.",
        ],
        lexicon,
    )
    assert {
        "load flow analysis",
        "short circuit analysis",
        "arc flash",
        "SKM PowerTools",
        "PSS/E",
        "PSCAD",
        "protective relaying",
        "IEEE 1584",
        "NERC standards",
    } <= set(posting.skills)
    assert {"load flow analysis", "protection coordination", "ETAP"} <= set(cv.skills)
    # Each study is a power system study, and evidence of power systems engineering.
    assert "load flow analysis" in lexicon.instances["power system studies"]
    assert "etap" in related_terms(lexicon)["power systems engineering"]


def test_power_systems_in_ibms_servers_or_nerc_in_a_uk_grant_are_no_power_engineering() -> None:
    lexicon = bundled_lexicon()
    (servers,) = analyse(["Administer AIX on IBM Power Systems."], lexicon)
    assert "power systems engineering" not in servers.skills
    (grant,) = analyse(["PhD funded by a NERC studentship in ocean science."], lexicon)
    assert "NERC standards" not in grant.skills


def test_a_process_engineers_simulators_safety_studies_and_control_systems_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Model units in Aspen Plus or HYSYS, close heat and material balances, lead HAZOP studies and process "
            "hazard analyses, update process flow diagrams and run debottlenecking projects; experience with DCS "
            "and PLCs.",
            "Built Aspen HYSYS models, facilitated hazard and operability studies and configured Emerson DeltaV.",
        ],
        lexicon,
    )
    assert {
        "Aspen Plus",
        "Aspen HYSYS",
        "mass and energy balances",
        "HAZOP",
        "process hazard analysis",
        "process flow diagrams",
        "debottlenecking",
        "DCS",
    } <= set(posting.skills)
    assert {"Aspen HYSYS", "HAZOP", "DeltaV"} <= set(cv.skills)
    assert "deltav" in lexicon.instances["dcs"]
    # A model's distillation, in machine learning, is no chemical engineering.
    (model,) = analyse(["Applied quantization and distillation to shrink the model."], lexicon)
    assert not set(model.skills) & {"unit operations", "chemical engineering"}


def test_a_geotechnical_engineers_investigations_tests_and_designs_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Oversee subsurface investigations and soil borings; assign Atterberg limits and triaxial tests; run "
            "slope stability analyses in SLOPE/W; design deep foundations and retaining walls in PLAXIS.",
            "Logged test borings, ran Proctor tests and sized drilled shafts from bearing capacity calculations.",
        ],
        lexicon,
    )
    assert {
        "subsurface investigation",
        "soil borings",
        "Atterberg limits",
        "triaxial testing",
        "slope stability analysis",
        "SLOPE/W",
        "foundation design",
        "retaining wall design",
        "PLAXIS",
    } <= set(posting.skills)
    assert {"soil borings", "Proctor compaction test", "drilled shafts", "bearing capacity"} <= set(cv.skills)
    assert "drilled shafts" in related_terms(lexicon)["foundation design"]


def test_a_wastewater_operators_plant_processes_and_certification_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Operate the activated sludge process, clarifiers and UV disinfection; respond to lift station alarms; "
            "keep discharge monitoring reports. Grade III Wastewater Treatment Operator certification required.",
            "Grade II Wastewater Treatment Operator. Ran belt filter presses and biosolids handling.",
        ],
        lexicon,
    )
    assert {
        "activated sludge",
        "clarifiers",
        "UV disinfection",
        "lift stations",
        "discharge monitoring reports",
        "wastewater operator certification",
    } <= set(posting.skills)
    assert {"wastewater operator certification", "belt filter press", "biosolids"} <= set(cv.skills)
    # A ward's disinfection and a debt collector's collection system are no treatment plant's.
    (ward,) = analyse(["Follow disinfection protocols; update the collection system for overdue accounts."], lexicon)
    assert not set(ward.skills) & {"UV disinfection", "chlorination", "wastewater collection systems"}


def test_a_plant_quality_units_regulations_records_and_systems_are_skills() -> None:
    lexicon = bundled_lexicon()
    (posting,) = analyse(
        [
            "Review executed batch records; support computer system validation under 21 CFR Part 11 and GAMP 5; "
            "own deviation investigations in TrackWise; write SOPs in Veeva Vault QualityDocs; support FDA "
            "inspections of aseptic processing areas under EU GMP Annex 1."
        ],
        lexicon,
    )
    assert {
        "batch record review",
        "computer system validation",
        "21 CFR Part 11",
        "GAMP 5",
        "deviation management",
        "TrackWise",
        "Veeva Vault QualityDocs",  # an application of the platform, a skill of its own
        "inspection readiness",
        "aseptic processing",
        "EU GMP Annex 1",
    } <= set(posting.skills)
    # A data file's CSV is no validation, nor a contract's annex a GMP rule.
    (other,) = analyse(["Export the report as CSV per Annex 1 of the contract."], lexicon)
    assert not set(other.skills) & {"computer system validation", "EU GMP Annex 1"}


def test_a_negotiated_contract_is_related_evidence_of_negotiating() -> None:
    lexicon = bundled_lexicon()
    (buyer,) = analyse(["Negotiate contract terms and conditions with IT vendors."], lexicon)
    assert "contract negotiation" in buyer.skills
    assert "contract negotiation" in related_terms(lexicon)["negotiation"]


def test_a_cvs_own_skill_of_three_to_six_words_is_a_name_unless_it_lists_things_or_holds_a_known_skill() -> None:
    skills = [
        "Cold water immersion recovery",
        "Pelvic floor biofeedback retraining (certified)",  # a level after the name is no part of it
        "Cold water (CWI) immersion recovery",  # its text never spells the name whole
        "Fixtures and gauges",  # two things, each said on its own
        "Equipment & tooling support",
        "Grant writing",  # two words: a term of its own already
        "Inquiry-based learning",  # three words by its hyphen, of which analysis makes no one term
        "Excellent written and verbal communication skills for every audience we serve",
    ]
    assert own_phrases(skills) == [
        "Cold water immersion recovery",
        "Pelvic floor biofeedback retraining",
        "Inquiry-based learning",
    ]
    lexicon = with_own_skills(bundled_lexicon(), [*skills, "Power BI Certification"])
    assert lexicon.canonical("cold water immersion recovery") == "Cold water immersion recovery"
    assert lexicon.canonical("power bi certification") is None  # it would hide the Power BI the CV says
    assert with_own_skills(bundled_lexicon(), ["Python", "SQL"]) is bundled_lexicon()


def test_a_cvs_own_skill_that_holds_a_known_skill_after_a_hyphen_stays_that_skill() -> None:
    # Analysis reads "B-cell culture" as cell culture; as a name of its own, the skill would hide it.
    lexicon = with_own_skills(bundled_lexicon(), ["Primary murine B-cell culture", "Low-noise amplifier layout"])
    assert lexicon.canonical("primary murine b-cell culture") is None
    (listed,) = analyse(["Primary murine B-cell culture"], lexicon)
    assert listed.skills == ["cell culture"]
    assert lexicon.canonical("low-noise amplifier layout") == "Low-noise amplifier layout"  # no known skill in it


def test_litigation_supports_review_platforms_and_credentials_are_skills_and_their_list_shows_relativity() -> None:
    lexicon = bundled_lexicon()
    found = analyse(
        [
            "Relativity, Concordance and CaseMap",
            "Proficiency in RelativityOne",
            "Experience with Nuix or Everlaw; CEDS a plus",
            "Knowledge of the Federal Rules of Civil Procedure (FRCP)",
            "a concordance of the texts",  # the word, no software
        ],
        lexicon,
    )
    assert [a.skills for a in found] == [
        ["Relativity", "Concordance", "CaseMap"],
        ["Relativity"],
        ["Nuix", "Everlaw", "Certified E-Discovery Specialist"],
        ["Federal Rules of Civil Procedure"],
        [],
    ]


def test_drug_development_and_cell_therapy_terms_are_skills_and_their_bare_letters_of_other_fields_are_not() -> None:
    found = analyse(
        [
            "Engineer CAR-T cells by lentiviral transduction and electroporation of RNPs",
            "Author CMC submissions and IND filings under FDA regulations and ICH guidelines",
            "Develop immunoassays (ELISA, lateral flow) for a T-cell biology and immuno-oncology program",
            "Experience with 21 CFR Parts 210, 211 and Chemistry, Manufacturing and Controls",
            "Blend CMC into the gel above its CMC; an ICH patient; Ind. contractor; reports to the FDA",
        ],
        bundled_lexicon(),
    )
    assert [a.skills for a in found] == [
        ["CAR-T", "lentiviral transduction", "electroporation"],
        ["chemistry, manufacturing and controls", "investigational new drug application", "FDA regulations",
         "ICH guidelines"],
        ["immunoassay", "ELISA", "lateral flow assay", "T-cell biology", "immuno-oncology"],
        ["21 CFR 210/211", "chemistry, manufacturing and controls"],
        [],
    ]  # fmt: skip
    assert "ELISA" in {bundled_lexicon().canonical(m) for m in bundled_lexicon().instances["immunoassay"]}


def test_in_vivo_and_in_vitro_are_skills_with_their_in_and_lead_optimization_is_no_mathematical_optimization() -> None:
    found = analyse(
        [
            "Run in vivo techniques and in vitro assays",
            "Move programs from lead optimization to candidate",
            "An IVF lab's in vitro fertilization and our in vitro diagnostics",
        ],
        bundled_lexicon(),
    )
    assert [a.skills for a in found] == [
        ["in vivo", "in vitro"],
        ["lead optimization"],
        ["in vitro fertilization", "in vitro diagnostics"],
    ]


def test_microsofts_security_products_and_its_tenant_are_no_office_suite() -> None:
    lexicon = bundled_lexicon()
    (said,) = analyse(
        ["Answered Microsoft Defender for Office 365 and Microsoft 365 Defender alerts in our Microsoft 365 tenant."],
        lexicon,
    )
    products = ["Microsoft Defender for Office 365", "Microsoft Defender XDR", "Microsoft 365 administration"]
    assert said.skills == products
    # A tenant's administrator knows its apps: some evidence of the suite a posting asks for, and the other way round.
    assert "microsoft office" in lexicon.related["microsoft 365 administration"]
    assert analyse(["Proficient in Microsoft 365 (Word, Excel, Outlook)."], lexicon)[0].skills[0] == "Microsoft Office"


def test_a_forensic_examiners_tools_and_a_defenders_team_are_skills() -> None:
    lexicon = bundled_lexicon()
    (said,) = analyse(["Analyse disk images in X-Ways and Magnet AXIOM; prior blue team experience."], lexicon)
    assert said.skills == ["X-Ways Forensics", "Magnet AXIOM", "blue team"]
    assert {"x-ways forensics", "magnet axiom"} <= set(lexicon.related["digital forensics"])


def test_a_district_managers_multi_unit_leadership_and_workforce_systems_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = "3+ years of multi-unit leadership; experience with workforce management systems such as Reflexis."
    (said,) = analyse([posting], lexicon)
    assert {"multi-unit management", "workforce management", "Reflexis"} <= set(said.skills)
    # A buyer's contract for "long-term asset protection" protects no stock: asset protection is no name of loss
    # prevention, though big-box retailers call their loss-prevention teams so.
    (contract,) = analyse(["Negotiated terms with a focus on long-term asset protection."], lexicon)
    assert "loss prevention" not in contract.skills
    # Kronos is a workforce management system: a CV that names it meets a posting asking for one.
    assert "kronos" in lexicon.instances["workforce management"]


def test_an_oncology_trials_grading_response_criteria_and_monitoring_work_are_skills_met_in_any_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Experience with RECIST 1.1 and CTCAE grading; AE/SAE reporting; conduct SIVs; risk-based monitoring (RBM);"
        " CDISC (SDTM, ADaM) a plus; working knowledge of ICH E6."
    )
    cv = (
        "Graded toxicities with the Common Terminology Criteria for Adverse Events and assessed response by RECIST;"
        " filed serious adverse event reporting within 24 hours; ran site initiation visits for 12 studies."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {"CTCAE", "RECIST", "adverse event reporting", "site initiation visits"}
    assert wanted | {"risk-based monitoring", "CDISC", "SDTM", "ADaM", "Good Clinical Practice"} <= set(said.skills)
    assert wanted <= set(held.skills)
    # ICH E6 is the guideline of Good Clinical Practice; a CV that names a guideline by number meets "ICH guidelines".
    assert {"ich q9", "good clinical practice"} <= set(lexicon.instances["ich guidelines"])
    # "ADaM" in a list of CDISC's models is the model; Adam is also a name.
    (named,) = analyse(["Adam Reyes will train you in our SOPs."], lexicon)
    assert "ADaM" not in named.skills


def test_a_lakehouses_open_table_formats_are_skills_and_evidence_of_the_architecture() -> None:
    lexicon = bundled_lexicon()
    (said,) = analyse(["Nice to have: Dagster, Iceberg, Hudi; we run Apache Iceberg tables on S3."], lexicon)
    assert {"Apache Iceberg", "Apache Hudi"} <= set(said.skills)
    assert {"apache iceberg", "delta lake"} <= {t.lower() for t in related_terms(lexicon)["data lakehouse"]}
    # The word itself is no table format: "the tip of the iceberg".
    (words,) = analyse(["This is only the tip of the iceberg for our team."], lexicon)
    assert "Apache Iceberg" not in words.skills


def test_miles_driven_without_an_accident_are_evidence_of_a_clean_driving_record() -> None:
    related = {t.lower() for t in related_terms(bundled_lexicon())["clean driving record"]}
    assert {"accident free", "preventable accident"} <= related  # as analysed: lemmas, no hyphen, no number


def test_a_clinical_laboratorys_benches_quality_rules_and_licensed_staff_are_skills_met_by_each_states_name() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Current New York State Clinical Laboratory Technologist license required; blood bank and coagulation; "
        "proficiency testing; Westgard rules; experience with Epic Beaker LIS."
    )
    cv = "California Clinical Laboratory Scientist License; MLS(ASCP); immunohematology; Epic Beaker."
    said, held = analyse([posting, cv], lexicon)
    wanted = {"medical laboratory scientist", "blood bank", "Epic Beaker"}
    assert wanted | {"coagulation", "proficiency testing", "Westgard rules"} <= set(said.skills)
    assert wanted <= set(held.skills)
    # Epic's laboratory module is a laboratory information system, and Epic.
    assert "epic beaker" in lexicon.instances["laboratory information system"]
    # "LIS" alone is ambiguous: no laboratory system in a word's letters.
    (letters,) = analyse(["LIS interface errors were resolved."], lexicon)
    assert "laboratory information system" not in letters.skills


def test_an_hr_partners_investigations_discipline_and_union_work_are_skills_met_in_their_spellings() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Conduct workplace investigations and coach leaders through progressive discipline and performance "
        "improvement plans; use people analytics to review pay equity; experience with labor relations."
    )
    cv = (
        "Led 30 harassment investigations, wrote PIPs with managers, ran HR analytics on turnover and audited pay "
        "equity; costed proposals for union contract negotiations."
    )
    said, held = analyse([posting, cv], lexicon)
    assert {"workplace investigations", "progressive discipline", "performance improvement plans"} <= set(said.skills)
    assert {"HR analytics", "pay equity", "labor relations"} <= set(said.skills)
    assert {"workplace investigations", "HR analytics", "pay equity", "collective bargaining"} <= set(held.skills)
    assert "performance improvement plans" not in held.skills  # a PIP is also Python's installer: the letters stay out
    # Bargaining with a union is evidence of labour relations, as the posting's word for that work.
    assert "collective bargaining" in related_terms(lexicon)["labor relations"]
    # A performance improvement plan is part of performance management, and so is discipline step by step.
    assert "performance management" in related_terms(lexicon)["performance improvement plans"]
    assert "performance management" in related_terms(lexicon)["progressive discipline"]
    # An incident's or a crime's investigation is no workplace's.
    other = analyse(["Led incident investigations and criminal investigations."], lexicon)[0]
    assert "workplace investigations" not in other.skills


def test_shrms_credentials_by_their_full_names_are_those_credentials_not_any_hr_certification() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "License/Certification: SHRM Certified Professional (Preferred); SHRM Senior Certified Professional "
            "a plus.",
            "Holds the SHRM-CP and the SHRM-SCP.",
        ],
        lexicon,
    )
    assert {"SHRM-CP", "SHRM-SCP"} <= set(posting.skills) and "HR certification" not in posting.skills
    assert set(posting.skills) & {"SHRM-CP", "SHRM-SCP"} == set(cv.skills) & {"SHRM-CP", "SHRM-SCP"}
    # "SHRM certified" alone names no credential of the two: any HR certification.
    assert bundled_lexicon().canonical("SHRM certified") == "HR certification"


def test_a_demand_marketers_ad_platforms_abm_platforms_nurture_and_lifecycle_work_are_skills() -> None:
    lexicon = bundled_lexicon()
    (posting,) = analyse(
        [
            "Strong command of Google Ads and LinkedIn Ads; familiarity with 6sense or Demandbase; build nurture "
            "tracks in Marketo; own lifecycle marketing across email and SMS; hit ROAS targets on TikTok Ads."
        ],
        lexicon,
    )
    assert {
        "LinkedIn Ads",
        "6sense",
        "Demandbase",
        "lead nurturing",
        "lifecycle marketing",
        "ROAS",
        "TikTok Ads",
    } <= set(posting.skills)
    (bullet,) = analyse(
        ["Designed lifecycle email programs; ran Bing Ads and Microsoft Ads; tested pages in Unbounce and Optimizely."],
        lexicon,
    )
    assert {"lifecycle marketing", "Microsoft Advertising", "Unbounce", "Optimizely"} <= set(bullet.skills)
    (shopping,) = analyse(["Managed Google Shopping campaigns with a $600K budget at 4.2x ROAS."], lexicon)
    assert shopping.skills == ["Google Shopping", "ROAS"]
    # A platform a budget is spent on is evidence of its channel.
    assert {"google ads", "microsoft advertising", "google shopping"} <= set(lexicon.related["sem"])
    assert {"meta ads", "linkedin ads"} <= set(lexicon.related["paid social"])
    assert {"6sense", "demandbase"} <= set(lexicon.related["account-based marketing"])
    # A budget spent "across Google Ads, Meta and LinkedIn" names each platform's ads by the platform alone.
    assert "linkedin" in lexicon.related["linkedin ads"] and "meta" in lexicon.related["meta ads"]


def test_a_contractors_safety_record_lookaheads_and_heavy_civil_work_are_skills_in_its_spellings() -> None:
    lexicon = bundled_lexicon()
    cv = (
        "Ran weekly 3-week lookaheads with the trades; kept a 0.71 EMR and zero lost-time incidents across the group; "
        "TRIR of 0.9. Ran earthmoving, hot mix asphalt and wet utilities crews with the OSHA competent person."
    )
    (held,) = analyse([cv], lexicon)
    assert {"look-ahead schedule", "experience modification rate", "TRIR", "earthwork", "asphalt paving"} <= set(
        held.skills
    )
    assert {"underground utilities", "competent person"} <= set(held.skills)
    # The contractor's EMR is no medical record; a clinic's still is.
    assert "EHR" not in held.skills
    (clinic,) = analyse(["Charted patient visits in the EMR and kept incident reports."], lexicon)
    assert "EHR" in clinic.skills and "experience modification rate" not in clinic.skills
    posting = (
        "Heavy Civil Superintendent: run concrete paving and earthwork for DOT projects; set up the traffic control "
        "plan and maintenance of traffic; enforce trench and excavation safety. HCSS HeavyJob; MSHA Part 46."
    )
    (said,) = analyse([posting], lexicon)
    assert {"concrete paving", "earthwork", "traffic control plans", "trench safety", "HCSS HeavyJob", "MSHA"} <= set(
        said.skills
    )


def test_an_estimators_schematic_estimate_is_the_design_phase_and_an_electricians_schematic_is_a_drawing() -> None:
    lexicon = bundled_lexicon()
    (estimator,) = analyse(
        ["Prepare conceptual, schematic (SD), design development and construction document estimates from takeoffs."],
        lexicon,
    )
    assert "schematics" not in estimator.skills and "schematic design" in estimator.skills
    (electrician,) = analyse(["Read the schematic and troubleshoot the control circuit before a bid walk."], lexicon)
    assert "schematics" in electrician.skills


def test_a_general_contractors_project_controls_and_hospital_credentials_are_skills_in_their_spellings() -> None:
    lexicon = bundled_lexicon()
    (cv,) = analyse(
        [
            "Ran OAC meetings, processed monthly pay apps against the schedule of values with lien waivers and "
            "tracked retainage; hold the ASHE Healthcare Construction Certificate; led OSHPD plan review."
        ],
        lexicon,
    )
    assert {"OAC meetings", "pay applications", "schedule of values", "lien waivers", "retainage"} <= set(cv.skills)
    assert {"ASHE Health Care Construction Certificate", "HCAI"} <= set(cv.skills)


def test_a_contractors_platforms_contracts_and_design_build_credential_are_skills_and_bare_aia_none() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Manage documents in BIM 360 and PlanGrid (Autodesk Construction Cloud); lead MEP clash detection; administer "
        "AIA contract documents and ConsensusDocs; DBIA certification preferred."
    )
    (said,) = analyse([posting], lexicon)
    assert {"BIM 360", "PlanGrid", "Autodesk Construction Cloud", "clash detection"} <= set(said.skills)
    assert {"AIA contracts", "ConsensusDocs", "DBIA certification"} <= set(said.skills)
    # The architects' institute is no contract a project manager administers.
    assert "AIA contracts" not in analyse(["AIA member since 2015."], lexicon)[0].skills


@pytest.mark.parametrize(
    ("written", "card"),
    [
        ("30-Hour OSHA Construction Outreach Training", "OSHA 30"),
        ("OSHA 30-hr card", "OSHA 30"),
        ("OSHA-30 certified", "OSHA 30"),
        ("10-Hour OSHA card", "OSHA 10"),
        ("OSHA 510 course, then the OSHA 500", "OSHA 510"),
    ],
)
def test_an_osha_card_is_read_in_the_ways_its_holders_write_it(written: str, card: str) -> None:
    (held,) = analyse([written], bundled_lexicon())
    assert card in held.skills
    # "hr" is the card's hours, and the Outreach Training Program issues it: no HR, no sales engagement tool.
    assert {"human resources", "Outreach"}.isdisjoint(held.skills)


def test_a_property_adjusters_credentials_documents_and_tools_are_skills() -> None:
    # The roof inspector's and the flood adjuster's credentials a property claims posting prefers, the documents
    # and the estimating platform adjusters name: each a skill, so that the keyword view shows it met or missing.
    lexicon = bundled_lexicon()
    posting = (
        "HAAG Certified Inspector (Residential) certification and NFIP flood certification preferred. Obtain "
        "recorded statements and sworn proofs of loss; experience with medical bill review; SCLA a plus."
    )
    cv = (
        "Haag Certified Inspector - Commercial Roofs; National Flood Insurance Program adjuster; took recorded "
        "statements and a proof of loss; estimates in Symbility and Xactimate; Senior Claim Law Associate."
    )
    asked, said = analyse([posting, cv], lexicon)
    both = {"Haag Certified Inspector", "NFIP", "recorded statements", "proof of loss"}
    assert both | {"medical bill review", "Senior Claim Law Associate"} == set(asked.skills)
    assert both | {"Symbility", "Xactimate", "Senior Claim Law Associate"} == set(said.skills)
    # A claims adjuster's review of an injured claimant's medical bills is no medical biller's billing.
    assert (
        "medical billing"
        not in analyse(["Experience with litigation management and medical bill review"], lexicon)[0].skills
    )


def test_aic_is_the_associate_in_claims_only_where_insurance_claims_are_spoken_of() -> None:
    # The Institutes' claims designation beside CPCU, as adjusters' postings and certificates write it; the same
    # letters are a statistician's Akaike information criterion and the conservators' American Institute.
    lexicon = bundled_lexicon()
    asked, held, issued = analyse(
        ["AIC, CPCU or SCLA designation a plus", "Adjusted 900 property claims; AIC", "AIC, The Institutes"], lexicon
    )
    assert "Associate in Claims" in asked.skills and "Associate in Claims" in held.skills
    assert issued.skills == ["Associate in Claims"]
    for other in ["Chose models by AIC and BIC in R.", "Member, AIC; treated 40 paintings for the museum."]:
        assert "Associate in Claims" not in analyse([other], lexicon)[0].skills


def test_a_quality_engineers_control_charts_special_process_audits_and_sampling_tables_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Maintain X-bar and R charts on special characteristics; lead CQI-9 heat treat and CQI-12 coating "
        "assessments; set incoming sampling plans per ANSI/ASQ Z1.4; issue SCARs to suppliers."
    )
    cv = (
        "Implemented SPC in the CNC machining cells (X-bar/R charts), raising Cpk. Audited the plating line to "
        "CQI-11 and set Z1.4 sampling. Issued and tracked supplier corrective action requests."
    )
    asked, said = analyse([posting, cv], lexicon)
    shared = {"control charts", "ANSI/ASQ Z1.4", "supplier corrective action request"}
    assert shared | {"CQI-9", "CQI-12"} <= set(asked.skills)
    assert shared | {"CQI-11", "SPC", "CNC machining"} <= set(said.skills)
    # The "/R" of an X-bar/R chart is its ranges, no R language; a scar on the skin is no corrective action.
    assert "R" not in said.skills
    (skin,) = analyse(["Dressed surgical wounds and assessed scar tissue."], lexicon)
    assert "supplier corrective action request" not in skin.skills
    # A chart kept is evidence of the statistical process control a posting asks for, apart from SPC itself.
    assert "control charts" in related_terms(lexicon)["spc"]


def test_a_quality_professionals_asq_credentials_review_board_and_cmm_software_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "ASQ CQA or CMQ/OE a plus. Lead Material Review Board (MRB) dispositions and NCMR investigations; "
        "run VDA 6.3 process audits at suppliers; program the CMM in Calypso or PC-DMIS."
    )
    cv = (
        "ASQ Certified Six Sigma Black Belt (CSSBB), Certified Supplier Quality Professional (CSQP). Chaired the "
        "weekly material review board, dispositioning nonconforming material reports. Wrote Zeiss Calypso programs "
        "for the bore gauges."
    )
    asked, said = analyse([posting, cv], lexicon)
    assert {"Certified Quality Auditor", "Certified Manager of Quality/Organizational Excellence"} <= set(asked.skills)
    shared = {"material review board", "nonconforming material report", "Zeiss Calypso"}
    assert shared | {"VDA 6.3", "PC-DMIS"} <= set(asked.skills)
    assert shared | {"Six Sigma", "Certified Supplier Quality Professional"} <= set(said.skills)
    # Bare "CQA" is a drug's critical quality attribute as often; a calypso is a song.
    (other,) = analyse(["Defined each CQA for the biologic. Sang calypso at the festival."], lexicon)
    assert not {"Certified Quality Auditor", "Zeiss Calypso"} & set(other.skills)


def test_a_molding_engineers_scientific_molding_is_a_skill_of_its_own_and_one_kind_of_injection_molding() -> None:
    lexicon = bundled_lexicon()
    posting = "Knowledge of scientific molding is required; RJG Master Molder a plus."
    cv = "Set up decoupled molding processes on 14 presses; trained techs in scientific injection molding."
    asked, said = analyse([posting, cv], lexicon)
    assert {"scientific molding", "RJG Master Molder"} <= set(asked.skills)
    assert "scientific molding" in said.skills
    # A process set up the scientific way is injection molding done: one of its kind, which meets a posting asking
    # for it as "scientific injection molding" did before it was a name of its own.
    assert "scientific molding" in lexicon.instances["injection molding"]


def test_translators_and_sign_language_interpreters_credentials_meet_a_postings_names_in_either_spelling() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "ATA certification in French into English preferred; California Certified Court Interpreter (Portuguese);"
        " Japanese at JLPT N2 or higher. Educational interpreters need an EIPA of 4.0 and RID NIC certification."
    )
    cv = (
        "ATA Certified Translator, French into English; court-certified interpreter (Portuguese); Japanese-Language"
        " Proficiency Test N1; Educational Interpreter Performance Assessment 4.2; National Interpreter Certification."
    )
    asked, held = analyse([posting, cv], lexicon)
    wanted = {"ATA certification", "Certified Court Interpreter", "JLPT", "EIPA", "National Interpreter Certification"}
    assert wanted <= set(asked.skills)
    assert wanted <= set(held.skills)
    # An aircraft's ATA chapters and a drive's ATA interface are no translator's certification.
    (other,) = analyse(["Troubleshot avionics by ATA chapter; replaced ATA hard drives."], lexicon)
    assert "ATA certification" not in other.skills


def test_a_clinical_laboratorys_credentials_of_each_board_and_bench_are_those_credentials_not_other_fields() -> None:
    lexicon = bundled_lexicon()
    found = analyse(
        [
            "MLS(ASCP) or MT(AMT) certification required; MLT(AMT) considered",
            "HT(ASCP) or HTL(ASCP) certification required; MB(ASCP) preferred; SBB(ASCP) a plus",
            "Perform IHC on the Ventana BenchMark ULTRA and H&E staining after microtomy",
            "Benchmark our MPI runtime against asynchronous many-task (AMT) systems",
        ],
        lexicon,
    )
    assert [a.skills for a in found] == [
        ["medical laboratory scientist", "medical laboratory technician"],  # AMT's medical technologist: one MLS
        ["histotechnician", "histotechnologist", "molecular biology technologist", "specialist in blood banking"],
        ["immunohistochemistry", "Ventana BenchMark", "H&E staining", "microtomy"],  # a stainer, no benchmarking
        ["benchmarking", "MPI", "task-based parallelism"],
    ]


def test_a_clinical_laboratorys_bench_work_and_analyzers_are_skills_met_in_the_ways_each_bench_writes_them() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Performs antibody screens, antibody identification and crossmatching in the transfusion service; supports "
            "the massive transfusion protocol. Reviews peripheral smears and performs body fluid cell counts. Reads "
            "Gram stains and blood cultures; performs antimicrobial susceptibility testing and MALDI-TOF "
            "identification. Runs the Sysmex XN, Roche cobas and BioFire FilmArray; DNA/RNA extraction, NGS library "
            "prep and LDT validation.",
            "Ran antibody screening, antibody panels and cross-matches in the blood bank under the MTP; performed "
            "peripheral blood smear review and body fluid counts; read Gram staining on positive blood culture "
            "bottles; performed susceptibility testing; identified isolates by MALDI-TOF MS; Sysmex XN-9000, cobas "
            "8000, FilmArray; nucleic acid extraction, library preparation and laboratory-developed tests.",
        ],
        lexicon,
    )
    wanted = {
        "antibody screen", "antibody identification", "crossmatch", "blood bank", "peripheral smear review",
        "body fluid cell counts", "Gram stain", "blood culture", "antimicrobial susceptibility testing", "MALDI-TOF",
        "Sysmex", "Roche cobas", "BioFire FilmArray", "nucleic acid extraction", "NGS library preparation",
        "laboratory developed tests",
    }  # fmt: skip
    assert wanted <= set(posting.skills)
    assert wanted <= set(cv.skills)
    # A Gram stain is no unit of mass, nor a culture a workplace's: their words alone say neither.
    (other,) = analyse(["Weighed 5 gram samples; built a team culture of blood drives."], lexicon)
    assert not {"Gram stain", "blood culture"} & set(other.skills)


def test_a_lab_analyzers_model_letters_and_a_bacteriums_initial_are_no_programming_language() -> None:
    lexicon = bundled_lexicon()
    found = analyse(
        [
            "Runs the Roche cobas, Sysmex XN and Stago STA R Max analyzers",
            "Ran GeneXpert panels (MRSA/SA, C. difficile, norovirus) and isolated C. diff patients",
            "Analysed the data in Python, R and C",
        ],
        lexicon,
    )
    assert "R" not in found[0].skills and "Stago" in found[0].skills
    assert "C" not in found[1].skills and "C. difficile" in found[1].skills
    assert {"Python", "R", "C"} <= set(found[2].skills)


def test_a_clinical_labs_cap_inspections_are_its_inspection_readiness() -> None:
    # The College of American Pathologists accredits clinical laboratories by inspecting them: a lab that prepared
    # for its CAP inspections shows the inspection readiness a lab posting asks for, as a plant's FDA inspections do.
    posting, cv, other = analyse(
        [
            "Participates in proficiency testing and CAP inspection readiness.",
            "Prepared the core lab for two CAP inspections with zero deficiencies.",
            "Raised a CAP of $40,000 for the inspection of new hires.",
        ],
        bundled_lexicon(),
    )
    assert "inspection readiness" in posting.skills and "inspection readiness" in cv.skills
    assert "inspection readiness" not in other.skills


def test_a_name_with_a_comma_is_one_alias_and_its_pieces_name_nothing() -> None:
    # An alias written with a comma and no quotes in a YAML list is cut at the comma: "governance" alone named GRC in
    # every data posting that asks for data governance, and "block-based editors" named a gene-editing method, since
    # lemmas meet ("based" is "base").
    governance, grc, certified, editors = analyse(
        [
            "Own data governance and data quality for the warehouse.",
            "Experience with governance, risk & compliance (GRC) programs.",
            "Certified in Governance, Risk and Compliance (CGRC).",
            "Build pages in block-based editors such as Gutenberg.",
        ],
        bundled_lexicon(),
    )
    assert "governance, risk and compliance" not in governance.skills
    assert "governance, risk and compliance" in grc.skills
    assert "CGRC" in certified.skills
    assert "base editing" not in editors.skills


def test_a_single_source_of_truth_is_no_single_sourcing() -> None:
    # Lemmas meet, and a joining hyphen reads as a space: the technical writer's "single-sourcing" is "single
    # source", the words of the data team's "single source of truth", which is a thing of its own.
    truth, method, publishing = analyse(
        [
            "Build dbt models that serve as the single source of truth for revenue metrics.",
            "Set up single-sourcing of the user guides across three product editions.",
            "Experience with single-source publishing in MadCap Flare.",
        ],
        bundled_lexicon(),
    )
    assert truth.skills == ["dbt", "single source of truth"]
    assert "single-sourcing" in method.skills and "single-sourcing" in publishing.skills


def test_a_data_platforms_emr_is_amazons_cluster_service_and_a_clinics_its_records() -> None:
    # "EMR" alone was always the medical record: a data posting's "Spark jobs on EMR or Databricks" asked for an EHR,
    # and a data engineer's "PySpark jobs on EMR" met a clinic's posting. Beside Spark, Hadoop or Hive and no patient
    # or chart, it is Amazon EMR; in a clinic it stays the record.
    lexicon = bundled_lexicon()
    spark, hadoop, health_data = analyse(
        [
            "Experience running Spark jobs on EMR or Databricks.",
            "Hands-on with Hadoop, Hive and EMR.",
            "Wrote PySpark jobs on EMR to normalize 837 claims files and HL7 feeds into a Delta Lake.",
        ],
        lexicon,
    )
    for said in (spark, hadoop, health_data):
        assert "Amazon EMR" in said.skills and "EHR" not in said.skills
    charted, extract = analyse(
        [
            "Charted patient visits in the EMR for 6 patients a shift.",
            "Built Spark extracts from the EMR (Epic) into Snowflake for the clinic's quality team.",
        ],
        lexicon,
    )
    assert "EHR" in charted.skills and "EHR" in extract.skills
    assert "Amazon EMR" not in {*charted.skills, *extract.skills}


def test_a_data_engineers_streams_warehouses_and_cloud_services_are_skills() -> None:
    # The names data engineering postings ask for and résumés claim, as their makers write them: each a skill, so that
    # a posting's "Kafka Connect" or "Pub/Sub" is a keyword a CV can meet, not two everyday words.
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Run Kafka Connect and ksqlDB on Amazon MSK; land events in Snowflake with Snowpipe; query the lake with "
            "Amazon Athena; build SCD Type 2 dimensions for OLAP reporting over our OLTP stores; exactly-once "
            "delivery end to end; a medallion architecture in Microsoft Fabric.",
            "Streamed clickstream through Google Cloud Pub/Sub and Dataproc, orchestrated in Cloud Composer; moved "
            "Azure Event Hubs feeds and Kinesis Data Firehose streams into the lake; ELT in Matillion, Talend and "
            "SQLMesh.",
        ],
        lexicon,
    )
    named = {"Kafka Connect", "ksqlDB", "Amazon MSK", "Snowpipe", "Amazon Athena", "slowly changing dimensions"}
    assert named | {"OLAP", "OLTP", "exactly-once semantics", "medallion architecture", "Microsoft Fabric"} <= set(
        posting.skills
    )
    assert {"Pub/Sub", "Dataproc", "Cloud Composer", "Azure Event Hubs"} <= set(cv.skills)
    assert {"Amazon Kinesis Data Firehose", "Matillion", "Talend", "SQLMesh"} <= set(cv.skills)
    # A talk's "Exactly-Once Is a Contract" speaks of the promise by its usual short name.
    (talk,) = analyse(["Exactly-Once Is a Contract, Not a Checkbox: Lessons from Two Billion Events a Day"], lexicon)
    assert "exactly-once semantics" in talk.skills
    # Kafka's SQL engine processes streams, as Flink does.
    assert "ksqldb" in lexicon.instances["stream processing"]


def test_a_corporate_accountants_standards_forms_and_tools_are_named_as_postings_write_them() -> None:
    lexicon = bundled_lexicon()
    posting = (
        "Research technical matters (ASC 718 stock compensation, ASC 830) and support foreign currency translation; "
        "prepare the 10-K and 10-Q; roll forward fixed assets in Alteryx; single audits under the Uniform Guidance."
    )
    cv = (
        "Built Alteryx workflows for the fixed asset roll-forward; drafted footnotes for the Form 10-K and Form 10-Qs; "
        "accounted for share-based compensation and currency translation; performed single audits."
    )
    said, held = analyse([posting, cv], lexicon)
    wanted = {
        "stock-based compensation",
        "foreign currency translation",
        "Form 10-K",
        "Form 10-Q",
        "fixed asset accounting",
        "Alteryx",
        "single audit",
    }
    assert wanted <= set(said.skills)
    assert wanted <= set(held.skills)


def test_a_name_that_joins_two_things_with_and_is_met_where_they_are_joined_with_an_ampersand() -> None:
    # Postings and résumés write the one name both ways ("Labor & Delivery", "Anatomy & Physiology"): every such
    # name the lexicon spells with "and" is met in its "&" spelling too, with no alias written for each.
    lexicon = bundled_lexicon()
    (posting, cv) = analyse(
        [
            "Two years of Labor & Delivery experience required.",
            "Taught Anatomy & Physiology and ran the Strength & Conditioning program.",
        ],
        lexicon,
    )
    assert "labor and delivery" in posting.skills
    assert {"anatomy and physiology", "strength and conditioning"} <= set(cv.skills)
    assert lexicon.canonical("labor & delivery") == "labor and delivery"


def test_a_marketers_content_calendar_is_the_editorial_calendar_a_posting_asks_for() -> None:
    # Content marketing names the schedule of what is published where and when either way: a posting's "editorial
    # calendar" is met by the bullet that ran the team's content calendar.
    posting, cv = analyse(
        [
            "Create and follow an editorial calendar with the content production team.",
            "Ran the monthly content calendar for the blog, newsletter and social channels.",
        ],
        bundled_lexicon(),
    )
    assert "editorial planning" in posting.skills
    assert "editorial planning" in cv.skills


def test_a_nurses_units_drips_licence_and_labor_and_delivery_work_are_skills_in_the_spellings_postings_use() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "One year in a step-down unit; respond to code blue events; titrate vasoactive drips. Ohio or multistate"
            " compact license. EFM, C-sections and RNC-OB or C-EFM; AWHONN course.",
            "RN – Progressive Care Unit (Step-Down). Member of the code team; titrate vasopressors. Multistate (NLC)"
            " licence holder? No: NLC. Ran fetal heart monitoring for cesarean deliveries.",
        ],
        lexicon,
    )
    wanted = {"progressive care", "code blue", "vasoactive medications", "Nurse Licensure Compact"}
    assert wanted | {"electronic fetal monitoring", "cesarean section", "RNC-OB", "C-EFM", "AWHONN"} <= set(
        posting.skills
    )
    assert {"progressive care", "code blue", "vasopressors", "Nurse Licensure Compact"} <= set(cv.skills)
    assert {"electronic fetal monitoring", "cesarean section"} <= set(cv.skills)
    # An ICU, step-down or med-surg unit is an acute care setting, and a vasopressor a vasoactive drip.
    assert {"icu", "progressive care", "medical-surgical nursing"} <= set(lexicon.instances["acute care"])
    assert "vasopressors" in lexicon.instances["vasoactive medications"]
    # An electrician's step-down transformer is no hospital unit.
    (electric,) = analyse(["Installed a 480V step-down transformer."], lexicon)
    assert "progressive care" not in electric.skills


def test_a_nurse_educators_practice_residency_drills_and_needs_assessments_are_skills() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Conduct learning needs assessments, coordinate the nurse residency program, run mock codes and lead"
            " evidence-based practice projects.",
            "Led EBP council projects, precepted RN residency cohorts and ran monthly mock code drills.",
        ],
        lexicon,
    )
    assert {
        "training needs analysis",
        "nurse residency program",
        "mock codes",
        "evidence-based practice",
    } <= set(posting.skills)
    assert {"evidence-based practice", "nurse residency program", "mock codes"} <= set(cv.skills)


def test_an_seo_programmes_parts_and_a_cpg_brands_data_and_channels_are_skills() -> None:
    lexicon = bundled_lexicon()
    (seo,) = analyse(
        [
            "Lead our SEO strategy, including technical SEO, keyword research, on-page optimization and link building; "
            "crawl the site with Screaming Frog."
        ],
        lexicon,
    )
    assert {"SEO", "technical SEO", "keyword research", "on-page SEO", "link building", "Screaming Frog"} <= set(
        seo.skills
    )
    # On-page optimization is search work, no mathematical optimization.
    assert "optimization" not in seo.skills
    assert {"technical seo", "keyword research", "on-page seo", "link building"} <= set(lexicon.related["seo"])
    (brand,) = analyse(
        [
            "5+ years of brand marketing in CPG; shopper marketing and trade marketing with retailers; "
            "experience with Nielsen or SPINS syndicated data; run brand tracking studies."
        ],
        lexicon,
    )
    assert {
        "brand marketing",
        "consumer packaged goods",
        "shopper marketing",
        "trade marketing",
        "Nielsen",
        "SPINS",
        "brand tracking",
    } <= set(brand.skills)
    # In small letters they are words: a wheel that spins, a surname's plain sense is the reader's.
    (words,) = analyse(["The wheel spins twice before the sample is read."], lexicon)
    assert "SPINS" not in words.skills
    (ugc,) = analyse(["Grew a UGC and creator program; raised customer lifetime value (CLV) 18%."], lexicon)
    assert {"user-generated content", "customer lifetime value"} <= set(ugc.skills)


def test_an_air_permit_engineers_programs_are_skills_and_evidence_of_air_permitting() -> None:
    lexicon = bundled_lexicon()
    (asked,) = analyse(
        [
            "Prepare Title V operating permits and PSD/NSR applicability analyses; manage NESHAP/MACT and NSPS "
            "compliance; run AERMOD; compile emissions inventories; coordinate stack testing and LDAR."
        ],
        lexicon,
    )
    assert {
        "Title V permits",
        "PSD permitting",
        "NESHAP",
        "NSPS",
        "AERMOD",
        "emissions inventories",
        "stack testing",
        "LDAR",
    } <= set(asked.skills)
    assert {"title v permits", "new source review", "aermod"} <= set(lexicon.related["air permitting"])
    assert "aermod" in lexicon.instances["air dispersion modeling"]


def test_a_site_cleanups_work_and_a_geologists_licence_are_skills_under_the_names_consultants_write() -> None:
    lexicon = bundled_lexicon()
    (cv,) = analyse(
        [
            "Licensed Geologist (PG) and CHMM; closed LUST sites, evaluated vapour intrusion and oversaw in-situ "
            "chemical oxidation injections."
        ],
        lexicon,
    )
    assert {
        "Professional Geologist",
        "CHMM",
        "underground storage tanks",
        "vapor intrusion",
        "in-situ chemical oxidation",
    } <= set(cv.skills)
    (asked, met) = analyse(
        ["Conduct Phase I ESAs per ASTM E1527-21 and EPA All Appropriate Inquiries.", "Met AAI."], lexicon
    )
    assert "All Appropriate Inquiries" in asked.skills and "All Appropriate Inquiries" in met.skills
    (lab,) = analyse(["Analyse VOCs by EPA SW-846 methods on an Agilent GC/MS with ChemStation."], lexicon)
    assert {"SW-846", "mass spectrometry", "ChemStation"} <= set(lab.skills)


def test_sve_is_soil_vapor_extraction_where_soil_or_a_cleanup_is_spoken_of_and_a_vector_extension_elsewhere() -> None:
    lexicon = bundled_lexicon()
    (cleanup, chip) = analyse(
        ["Familiarity with in-situ remediation of soil and groundwater (ISCO, SVE).", "Vectorised kernels with SVE."],
        lexicon,
    )
    assert "soil vapor extraction" in cleanup.skills and "SIMD" not in cleanup.skills
    assert "SIMD" in chip.skills and "soil vapor extraction" not in chip.skills


def test_borings_and_soil_or_groundwater_sampling_are_evidence_of_a_subsurface_investigation() -> None:
    # An environmental consultant's Phase II ("soil borings, temporary wells") investigates the subsurface as a
    # geotechnical engineer's borings do; neither is the other's name.
    lexicon = bundled_lexicon()
    assert {"soil borings", "soil sampling", "groundwater sampling"} <= set(lexicon.related["subsurface investigation"])
    (cv,) = analyse(["Logged soil borings and ran groundwater sampling at a former plant."], lexicon)
    assert "subsurface investigation" not in cv.skills


def test_a_name_written_as_an_acronyms_plural_meets_a_text_that_says_it(tmp_path: Path) -> None:
    # Every text is read with an acronym's plural as the acronym ("ICUs" as "ICU"), so an alias the lexicon writes
    # as a plural ("VMs", "NVRs") met no text at all: a sysadmin's "140 VMs" was no virtualization.
    (tmp_path / "cv.yaml").write_text(CV_TEXT, encoding="utf-8")
    (tmp_path / "skills.yaml").write_text(
        "skills:\n  video surveillance: [NVRs, IP camera systems]\n", encoding="utf-8"
    )
    lexicon = lexicon_for(tmp_path / "cv.yaml")
    (said,) = analyse(["Installed 12 NVRs and 300 IP camera systems."], lexicon)
    assert said.skills == ["video surveillance"]
    (bundled,) = analyse(["Maintained a 3-host cluster (140 VMs)."], bundled_lexicon())
    assert bundled.skills == ["virtualization"]


def test_a_systems_administrators_microsoft_365_workloads_backups_monitoring_and_credentials_are_skills() -> None:
    lexicon = bundled_lexicon()
    (tenant,) = analyse(
        [
            "Moved 900 mailboxes from Exchange 2016 to Exchange Online; set Conditional Access policies, BitLocker "
            "escrow and Windows Autopilot; patched through WSUS."
        ],
        lexicon,
    )
    assert {
        "Exchange Server",
        "Exchange Online",
        "Conditional Access",
        "BitLocker",
        "Windows Autopilot",
        "Windows Server Update Services",
    } <= set(tenant.skills)
    (backups,) = analyse(["Ran Veeam Backup & Replication, then Rubrik; PRTG and Zabbix for alerting."], lexicon)
    assert {"Veeam", "Rubrik", "PRTG", "Zabbix"} <= set(backups.skills)
    assert {"veeam", "rubrik", "commvault"} <= set(lexicon.related["backup and recovery"])
    assert {"prtg", "zabbix", "nagios"} <= set(lexicon.related["observability"])
    # A vSphere or Hyper-V cluster is the virtualization a posting asks for (each hypervisor is one).
    assert {"vmware", "hyper-v"} <= set(lexicon.instances["virtualization"])
    # Credentials under their exam codes and their names.
    (held,) = analyse(["RHCSA, RHCE, MS-102, MD-102 and AZ-104."], lexicon, credentials=True)
    assert held.skills == [
        "Red Hat Certified System Administrator",
        "Red Hat Certified Engineer",
        "Microsoft 365 Administrator Expert",
        "Microsoft 365 Endpoint Administrator Associate",
        "Azure Administrator Associate",
    ]
    # CIS's hardening benchmarks are one thing, no benchmarking.
    (hardened,) = analyse(["Harden servers to CIS benchmarks."], lexicon)
    assert hardened.skills == ["CIS Benchmarks"]


def test_treasury_management_and_a_bankers_investment_products_are_skills_and_evidence_of_wealth_management() -> None:
    lexicon = bundled_lexicon()
    posting, cv = analyse(
        [
            "Drive referrals to mortgage, wealth and treasury management partners.",
            "Referred 40 clients to treasury management services; sold fixed annuities and mutual funds (Series 6).",
        ],
        lexicon,
        near=True,
    )
    # "wealth and treasury management" names both, the first by the head it shares with the second.
    assert "treasury management" in posting.skills and "wealth management" in posting.within
    assert {"treasury management", "annuities", "mutual funds", "Series 6"} <= set(cv.skills)
    assert {"annuities", "mutual funds", "series 6"} <= {name.lower() for name in lexicon.related["wealth management"]}


def test_aml_is_acute_myeloid_leukemia_where_blood_cancers_are_spoken_of_and_anti_money_laundering_elsewhere() -> None:
    # A medical science liaison's or an oncology pharmacist's "AML" is the leukemia they treat: read as a bank's
    # compliance programme, it made "AML (anti-money laundering)" a requirement no clinician's CV could meet.
    lexicon = bundled_lexicon()
    (blood, bank, both) = analyse(
        [
            "Deep knowledge of hematologic malignancies (AML, MDS, multiple myeloma).",
            "Review alerts for AML and sanctions screening.",
            "Support the BSA/AML program at a bank that lends to cancer centers.",
        ],
        lexicon,
    )
    assert {"acute myeloid leukemia", "multiple myeloma"} <= set(blood.skills)
    assert "anti-money laundering" not in blood.skills
    assert "anti-money laundering" in bank.skills and "acute myeloid leukemia" not in bank.skills
    assert "anti-money laundering" in both.skills  # the bank's words say what its letters mean


def test_a_hematology_oncology_pharmacys_transplants_and_trial_drug_service_are_skills() -> None:
    lexicon = bundled_lexicon()
    (posting, cv) = analyse(
        [
            "Round on the bone marrow transplant (BMT) unit; investigational drug service experience a plus.",
            "Verified conditioning regimens for HSCT patients; ran the investigational drug pharmacy.",
        ],
        lexicon,
    )
    assert {"hematopoietic stem cell transplantation", "investigational drug services"} <= set(posting.skills)
    assert {"hematopoietic stem cell transplantation", "investigational drug services"} <= set(cv.skills)


def test_every_name_held_together_is_a_skill_of_the_bundled_lexicon() -> None:
    # data/held_together.tsv names skills by the lexicon's canonical names: a name it does not know would never
    # be read in a posting, and the group would silently ask for less.
    from tailor.lexicon import held_together

    lexicon = bundled_lexicon()
    canonical = {name.lower() for name in lexicon.names.values()}
    groups = held_together()
    assert {"life support", "financial crime compliance"} <= groups.keys()
    assert {"bls", "acls"} <= groups["life support"] and {"bsa", "anti-money laundering"} <= groups[
        "financial crime compliance"
    ]
    assert all(member in canonical for members in groups.values() for member in members)


def test_every_ambiguous_name_of_the_bundled_lexicon_is_a_skills_name_or_alias() -> None:
    # The list is a YAML flow sequence: a line of it that ends without a comma runs into the next line's first name
    # ("GPO" and "Nielsen" read as one name, "GPO Nielsen", so GPO was no ambiguous name at all). Every entry names a
    # skill, as the file's keys say.
    lexicon = bundled_lexicon()
    assert sorted(name for name in lexicon.ambiguous if name not in lexicon.names) == []


def test_unreal_alone_is_the_game_engine_in_a_list_of_engines_and_the_everyday_word_elsewhere() -> None:
    lexicon = bundled_lexicon()
    posting = "Proven experience with Unity or Unreal. Our deadlines are never unreal."
    said, held = analyse([posting, "Ported a rendering prototype to Unreal Engine 4."], lexicon)
    assert {"Unity", "Unreal Engine"} <= set(said.skills)
    assert "Unreal Engine" in held.skills
    assert "Unreal Engine" not in analyse(["The pace was unreal for a small team."], lexicon)[0].skills


def test_ecs_is_the_entity_component_system_in_a_game_engines_text_and_amazons_service_in_a_clouds() -> None:
    lexicon = bundled_lexicon()
    game = analyse(["Practical experience in Unity DOTS (including ECS, Job System and Burst Compiler)."], lexicon)[0]
    assert {"Unity DOTS", "entity component system", "Burst Compiler"} <= set(game.skills)
    assert not {"Amazon ECS", "compilers"} & set(game.skills)
    cloud = analyse(["Deploy services on AWS with ECS and Terraform."], lexicon)[0]
    assert "Amazon ECS" in cloud.skills and "entity component system" not in cloud.skills


def test_a_corporate_accountants_intercompany_work_and_a_revenue_accountants_billing_software_are_skills() -> None:
    # A posting names intercompany accounting by either of its steps, a CV by the other; Zuora's revenue module by
    # its old name too.
    posting, cv, billing = analyse(
        [
            "Own the close for three subsidiaries, including intercompany eliminations.",
            "Prepared monthly intercompany reconciliations for four entities.",
            "Configured revenue schedules in RevPro for 300 contracts.",
        ],
        bundled_lexicon(),
    )
    assert "intercompany accounting" in posting.skills
    assert "intercompany accounting" in cv.skills
    assert "Zuora" in billing.skills


def test_health_it_is_one_skill_under_the_names_vendors_and_their_sellers_write() -> None:
    # "10+ years of healthcare IT sales": the field of health IT, as the ONC names it, whichever spelling; never the
    # word "IT" alone (left out on purpose).
    posting, cv = analyse(
        [
            "Eight years of healthcare IT sales to hospitals and physician groups.",
            "Sold health IT and health information technology platforms to regional health systems.",
        ],
        bundled_lexicon(),
    )
    assert "health information technology" in posting.skills
    assert "health information technology" in cv.skills


def test_direct_deposit_is_a_term_of_payroll_whose_direct_directs_no_one() -> None:
    deposit, directing = analyse(["Set up direct deposit for new hires.", "Directing the crew."], bundled_lexicon())
    assert "direct deposit" in deposit.terms
    assert not set(deposit.terms) & set(directing.terms)  # the payroll clerk's bullet meets no supervisor's duty
