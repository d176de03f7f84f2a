"""tailor: tailor a CV to a job posting, offline and without inventing a word.

The pipeline, one module per step:

    tailor.cv          load and validate the CV data (YAML or JSON Resume)
    tailor.posting     read a job posting
    tailor.analysis    turn text into lemmatised terms (spaCy)
    tailor.rank        score every CV item against the posting (TF-IDF)
    tailor.select      choose and order what goes into the résumé
    tailor.documents   fill a Word template with the selection, fit it to pages, make
                       the PDF, and read both back as an applicant tracking system would
    tailor.pipeline    the one place that runs the steps in order
    tailor.cli         the command line, a thin layer over tailor.pipeline

Importing this package is cheap: spaCy and scikit-learn are imported only by the
steps that need them, so ``tailor --help`` answers fast.
"""

__version__ = "0.1.0"
