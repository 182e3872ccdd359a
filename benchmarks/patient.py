"""Patient-shaped inputs for the benchmark: a typed list and the same list as a FHIR record."""

from __future__ import annotations

import json
from pathlib import Path

TYPED = [
    "Fosamax 70 mg weekly",
    "Synthroid qam",
    "Lisinopril/HCTZ 20-12.5",
    "metformin 500 bid",
    "Eliquis 5mg",
    "24 HR metoprolol succinate 50 MG Extended Release Oral Tablet [Toprol]",
    "Mag-Ox 400",
    "Tums",
    "cipro 500 mg bid",
    "vit D 2000 IU",
]
"""Ten medicines as a patient or a record writes them (all known to the shipped rules)."""

CODES = [(), ("10582",), ("29046", "5487"), ("6809",), (), ("6918",), (), (), ("2551",), ()]
"""RxNorm ingredient codes a record gives beside each of TYPED's displays (none: a code the
rules do not list), so the record exercises matching by code as well as by name."""

UNKNOWN = "Spinraza"
"""A real medicine the rules have not reviewed: the drug vocabulary is consulted for it."""

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"


def write_inputs(folder: Path, resources: int = 2000) -> tuple[Path, Path]:
    """A plain list of TYPED, and a FHIR Bundle of ``resources`` requests cycling through it."""
    plain = folder / "patient.txt"
    plain.write_text("\n".join(TYPED) + "\n", encoding="utf-8")
    entries = []
    for i in range(resources):
        entries.append(
            {
                "fullUrl": f"urn:uuid:r{i}",
                "resource": {
                    "resourceType": "MedicationRequest",
                    "id": f"r{i}",
                    "status": "active",
                    "intent": "order",
                    "subject": {"reference": "Patient/p"},
                    "medicationCodeableConcept": {
                        "text": TYPED[i % 10],
                        "coding": [
                            {"system": RXNORM, "code": code} for code in CODES[i % 10] or ("0",)
                        ],
                    },
                },
            }
        )
    bundle = folder / "record.json"
    bundle.write_text(
        json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}),
        encoding="utf-8",
    )
    return plain, bundle
