"""Synthetic job postings for benchmarks: realistic in shape, deterministic by seed.

Each posting is built from one field's vocabulary (titles, skills, duties) and the
parts real postings wrap around the job: a company blurb, responsibilities,
requirements, nice-to-haves, benefits, how to apply and equal-opportunity text.
Most are plain text or Markdown; about one in ten is an HTML page, as saved from a
job board. The same ``seed`` and ``n`` always give the same files, byte for byte.

    from bench.postings import write_postings
    paths = write_postings(Path("/tmp/postings"), n=1000, seed=7)
"""

from __future__ import annotations

import html
import random
from collections.abc import Iterator
from pathlib import Path


def _split(items: str) -> list[str]:
    return items.split("; ")


FIELDS: dict[str, dict[str, list[str]]] = {
    "ml": {
        "titles": _split(
            "Machine Learning Engineer; Senior ML Engineer, Distributed Training; Applied Scientist; "
            "MLOps Engineer; Research Engineer, Large Language Models; Computer Vision Engineer"
        ),
        "skills": _split(
            "PyTorch; TensorFlow; JAX; CUDA; DeepSpeed; Python; C++; Kubernetes; distributed training; "
            "deep learning; transformers; MLflow; Ray; large language models; computer vision; natural "
            "language processing; mixed-precision training; ONNX"
        ),
        "objects": _split(
            "training pipelines; model serving infrastructure; evaluation harnesses; GPU clusters; "
            "feature stores; foundation models; inference services; data loaders"
        ),
    },
    "hpc": {
        "titles": _split(
            "HPC Engineer; Scientific Software Engineer; Research Software Engineer; Performance "
            "Engineer; Computational Scientist; Simulation Engineer"
        ),
        "skills": _split(
            "MPI; OpenMP; C++; Fortran; CUDA; Slurm; Linux; parallel computing; high performance "
            "computing; numerical methods; profiling tools; SIMD; HDF5; Python; finite element methods; "
            "domain decomposition"
        ),
        "objects": _split(
            "simulation codes; solvers; supercomputer workflows; benchmark suites; mesh generators; "
            "parallel I/O layers; job schedulers; performance models"
        ),
    },
    "backend": {
        "titles": _split(
            "Backend Engineer; Senior Software Engineer, Platform; Go Developer; Java Developer; Staff "
            "Engineer, Payments; API Engineer"
        ),
        "skills": _split(
            "Go; Java; Python; PostgreSQL; Redis; Kafka; gRPC; REST APIs; microservices; Docker; "
            "Kubernetes; AWS; Terraform; distributed systems; SQL; Spring Boot"
        ),
        "objects": _split(
            "payment services; public APIs; event pipelines; internal platforms; billing systems; "
            "authentication services; data models; service meshes"
        ),
    },
    "frontend": {
        "titles": _split(
            "Frontend Engineer; Senior React Developer; Full-Stack Engineer; UI Engineer; Web Developer; "
            "Design Systems Engineer"
        ),
        "skills": _split(
            "React; TypeScript; JavaScript; CSS; HTML; Next.js; Node.js; GraphQL; Redux; accessibility; "
            "responsive design; Jest; Webpack; Figma"
        ),
        "objects": _split(
            "customer dashboards; design systems; checkout flows; web applications; component libraries; "
            "onboarding experiences; internal tools; marketing sites"
        ),
    },
    "data": {
        "titles": _split(
            "Data Engineer; Data Scientist; Analytics Engineer; Senior Data Analyst; Business "
            "Intelligence Developer; Data Platform Engineer"
        ),
        "skills": _split(
            "SQL; Python; Spark; Airflow; dbt; Snowflake; BigQuery; Tableau; pandas; statistics; A/B "
            "testing; ETL; data modeling; Looker; R"
        ),
        "objects": _split(
            "data pipelines; dashboards; warehouse models; experiment analyses; forecasting models; "
            "reporting layers; data contracts; metrics definitions"
        ),
    },
    "devops": {
        "titles": _split(
            "Site Reliability Engineer; DevOps Engineer; Cloud Infrastructure Engineer; Platform "
            "Engineer; Security Engineer; Systems Administrator"
        ),
        "skills": _split(
            "Kubernetes; Terraform; AWS; Azure; Google Cloud; Linux; Prometheus; Grafana; Ansible; CI/CD;"
            " Bash; Python; incident response; observability; Docker"
        ),
        "objects": _split(
            "deployment pipelines; cloud accounts; monitoring stacks; on-call rotations; infrastructure "
            "as code; disaster recovery plans; container platforms; network policies"
        ),
    },
    "nursing": {
        "titles": _split(
            "Registered Nurse; ICU Nurse; Clinical Nurse Specialist; Charge Nurse; Pediatric Nurse; Nurse Practitioner"
        ),
        "skills": _split(
            "patient care; BLS; ACLS; EHR; medication administration; triage; wound care; infection "
            "control; patient education; care planning; Epic; telemetry"
        ),
        "objects": _split(
            "patient assessments; care plans; discharge instructions; shift handovers; medication "
            "records; family meetings; quality audits; clinical protocols"
        ),
    },
    "finance": {
        "titles": _split(
            "Financial Analyst; Senior Accountant; FP&A Manager; Controller; Risk Analyst; Treasury Analyst"
        ),
        "skills": _split(
            "Excel; financial modeling; forecasting; IFRS; GAAP; SAP; variance analysis; budget planning;"
            " VBA; Power BI; risk management; SQL"
        ),
        "objects": _split(
            "monthly closes; budget forecasts; board reports; cash flow models; audit packages; pricing "
            "models; investment cases; cost reports"
        ),
    },
}

NAME_PARTS = (
    _split(
        "Northwind; Corvid; Helix; Bluefin; Quartz; Lumen; Aster; Granite; Tidal; Nimbus; Kestrel; "
        "Orchid; Vantage; Cobalt; Meridian; Juniper; Solace; Evergreen; Harbor; Pinnacle"
    ),
    _split(
        "Robotics; Systems; Labs; Health; Analytics; Bank; Software; Dynamics; Networks; Energy; "
        "Logistics; Biosciences; Capital; Games; Foods; Mobility"
    ),
)
CITIES = _split("Zürich; Berlin; Lisbon; London; Remote (Europe); New York; Toronto; Austin; Amsterdam")
VERBS = _split(
    "Design; Build; Own; Improve; Scale; Maintain; Lead the work on; Optimize; Operate; Document; Review; Test"
)
BLURB = [
    "{c} is a fast-growing company on a mission to make {o} simple for everyone.",
    "Founded in {y}, {c} serves more than {n} customers in {k} countries.",
    "We are a diverse team of engineers, designers and operators who care about craft and about each other.",
    "Our culture values ownership, curiosity and clear writing; we are proud of our open, inclusive workplace.",
    "Backed by leading investors, {c} has grown every year since it started and is now hiring across the company.",
    "At {c}, data, cloud and AI are at the heart of everything we do, and our products are used every day.",
]
REQUIRE = [
    "{a}+ years of professional experience with {s}.",
    "Strong knowledge of {s} and {t}.",
    "Hands-on experience with {s} in production.",
    "Proficiency in {s}; familiarity with {t} is expected.",
    "A degree in a relevant field, or equivalent practical experience.",
    "Excellent written and verbal communication skills in English.",
    "Experience working with {s} and {t} on a team.",
    "Understanding of {s} and the ability to learn new tools quickly.",
]
PREFER = [
    "Experience with {s}.",
    "Familiarity with {s} or {t}.",
    "Contributions to open-source {s} projects.",
    "Knowledge of {s} is a plus.",
]
BENEFITS = _split(
    "Competitive salary and equity; Health, dental and vision insurance; 30 days of paid time off; A "
    "yearly learning budget of €2,000; Flexible working hours and remote-friendly teams; Parental leave "
    "of 20 weeks; 401(k) matching; A new laptop of your choice; Wellness allowance"
)
EEO = (
    "{c} is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive "
    "environment for all employees. All qualified applicants will receive consideration for employment without "
    "regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or "
    "protected veteran status. If you need a reasonable accommodation during the application process, let us know."
)
APPLY = "To apply, send your CV and a short cover letter through our careers page. We read every application."


def _posting(rng: random.Random) -> tuple[str, str, dict[str, list]]:
    """(title, company, parts) of one posting."""
    field = FIELDS[rng.choice(sorted(FIELDS))]
    # One posting in five mixes in a neighbouring field's skills, as real postings do.
    other = FIELDS[rng.choice(sorted(FIELDS))] if rng.random() < 0.2 else field
    skills = rng.sample(field["skills"], 6) + rng.sample(other["skills"], 2)
    company = f"{rng.choice(NAME_PARTS[0])} {rng.choice(NAME_PARTS[1])}"
    title = rng.choice(field["titles"])

    def fill(template: str) -> str:
        s, t = rng.sample(skills, 2)
        return template.format(
            s=s,
            t=t,
            a=rng.randint(2, 8),
            c=company,
            o=rng.choice(field["objects"]),
            y=rng.randint(1995, 2021),
            n=f"{rng.randint(2, 900)},000",
            k=rng.randint(3, 60),
        )

    duties = [
        f"{rng.choice(VERBS)} {rng.choice(field['objects'])} with {s} and {t}."
        for s, t in (rng.sample(skills, 2) for _ in range(rng.randint(5, 8)))
    ]
    duties += [
        "Work closely with product, design and operations to ship work that matters.",
        "Mentor colleagues and take part in code and design reviews.",
    ][: rng.randint(1, 2)]
    parts = {
        "blurb": [fill(b) for b in rng.sample(BLURB, rng.randint(3, 5))],
        "role": [
            f"We are looking for a {title} to join our {rng.choice(field['objects'])} team in "
            f"{rng.choice(CITIES)}. You will work with {skills[0]} and {skills[1]} every day."
        ],
        "duties": duties,
        "requirements": [fill(r) for r in rng.sample(REQUIRE, rng.randint(5, 7))],
        "preferred": [fill(p) for p in rng.sample(PREFER, rng.randint(2, 4))],
        "benefits": rng.sample(BENEFITS, rng.randint(4, 7)),
        "legal": [EEO.format(c=company)],
        "apply": [APPLY],
    }
    return title, company, parts


HEADINGS = {
    "blurb": "About {c}",
    "duties": "What you'll do",
    "requirements": "What you bring",
    "preferred": "Nice to have",
    "benefits": "What we offer",
    "apply": "How to apply",
    "legal": "Equal opportunity",
}
ORDER = ("blurb", "duties", "requirements", "preferred", "benefits", "apply", "legal")
LISTS = {"duties", "requirements", "preferred", "benefits"}


def as_markdown(title: str, company: str, parts: dict[str, list[str]]) -> str:
    lines = [f"# {title}", "", f"**{company}** · {parts['role'][0]}", ""]
    for key in ORDER:
        lines += [f"## {HEADINGS[key].format(c=company)}", ""]
        lines += [f"- {x}" for x in parts[key]] if key in LISTS else [" ".join(parts[key])]
        lines.append("")
    return "\n".join(lines)


def as_text(title: str, company: str, parts: dict[str, list[str]]) -> str:
    lines = [title, company, "", parts["role"][0], ""]
    for key in ORDER:
        lines += [HEADINGS[key].format(c=company).upper() if key in LISTS else HEADINGS[key].format(c=company) + ":"]
        lines += [f"* {x}" for x in parts[key]] if key in LISTS else [" ".join(parts[key])]
        lines.append("")
    return "\n".join(lines)


def as_html(title: str, company: str, parts: dict[str, list[str]]) -> str:
    e = html.escape
    body = [f"<h1>{e(title)}</h1>", f"<p><b>{e(company)}</b></p>", f"<p>{e(parts['role'][0])}</p>"]
    for key in ORDER:
        body.append(f"<h2>{e(HEADINGS[key].format(c=company))}</h2>")
        if key in LISTS:
            body.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in parts[key]) + "</ul>")
        else:
            body.append(f"<p>{e(' '.join(parts[key]))}</p>")
    nav = '<nav><a href="/">Jobs</a> · <a href="/companies">Companies</a></nav>'
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)} at {e(company)}</title></head>"
        f"<body>{nav}<main>{''.join(body)}</main><footer>© Job board</footer></body></html>\n"
    )


def write_postings(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """Write ``n`` postings into ``folder`` (in sub-folders of 500, as an export would) and return their paths."""
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        title, company, parts = _posting(rng)
        roll = rng.random()
        suffix, text = (".html", as_html) if roll < 0.1 else (".md", as_markdown) if roll < 0.55 else (".txt", as_text)
        path = folder / f"batch-{i // 500:03d}" / f"posting-{i:05d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text(title, company, parts), encoding="utf-8")
        paths.append(path)
    return paths


# --- a scraped table ---------------------------------------------------------------------

JOBSPY_COLUMNS = (
    "id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted", "job_type",
    "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level",
    "job_function", "listing_type", "emails", "description", "company_industry", "company_url",
    "company_logo", "company_url_direct", "company_addresses", "company_num_employees", "company_revenue",
    "company_description",
)  # fmt: skip
"""The columns of JobSpy's ``scrape_jobs(...).to_csv(...)``, in its order (jobspy/util.py ``desired_order``)."""
SITES = ("indeed", "linkedin", "glassdoor", "google", "zip_recruiter")
JOB_TYPES = ("fulltime", "fulltime", "fulltime", "parttime", "contract", "internship")


def jobspy_rows(n: int, seed: int = 7, duplicates: float = 0.2) -> Iterator[dict[str, object]]:
    """``n`` rows as JobSpy writes them, a share ``duplicates`` of them copies of an earlier row: the same
    job in another city (its location and the sentence that names it changed), the same posting on
    another board (identical text, another address), or reposted with a word or two changed."""
    rng = random.Random(seed)
    originals: list[dict[str, object]] = []
    for i in range(n):
        if originals and rng.random() < duplicates:
            row = dict(rng.choice(originals))
            kind = rng.random()
            if kind < 0.4:  # the same job in another city
                city = rng.choice([c for c in CITIES if c != row["location"]])
                row["description"] = str(row["description"]).replace(f" in {row['location']}.", f" in {city}.")
                row["location"] = city
            elif kind < 0.7:  # reposted with an edit: a benefit more, a word changed
                description = str(row["description"]).replace("Competitive salary", "A competitive salary", 1)
                row["description"] = description.replace("What you bring", "What you'll bring", 1)
            row["site"] = rng.choice(SITES)
        else:
            title, company, parts = _posting(rng)
            city = next(c for c in CITIES if f" in {c}." in parts["role"][0])
            low = rng.randrange(50, 180) * 1000
            row = {column: "" for column in JOBSPY_COLUMNS}
            row |= {
                "site": rng.choice(SITES),
                "title": title,
                "company": company,
                "location": city,
                "job_type": rng.choice(JOB_TYPES),
                "description": as_markdown(title, company, parts),
                "is_remote": city.startswith("Remote"),
            }
            if rng.random() < 0.5:
                row |= {"salary_source": "direct_data", "interval": "yearly", "currency": "USD"}
                row |= {"min_amount": float(low), "max_amount": float(low + rng.randrange(10, 60) * 1000)}
            originals.append(row)
        row = dict(row)
        row["id"] = f"{row['site']}-{i:06d}"
        row["job_url"] = f"https://www.{row['site']}.example/jobs/view/{i:06d}"
        row["date_posted"] = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield row


def write_jobspy_csv(path: Path, n: int, seed: int = 7, duplicates: float = 0.2) -> Path:
    """Write :func:`jobspy_rows` to ``path`` the way JobSpy's README writes them (``QUOTE_NONNUMERIC``,
    backslash as the escape character)."""
    import csv

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=JOBSPY_COLUMNS, quoting=csv.QUOTE_NONNUMERIC, escapechar="\\")
        writer.writeheader()
        writer.writerows(jobspy_rows(n, seed, duplicates))
    return path
