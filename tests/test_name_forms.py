"""Names as people type them and as health records export them -> the medicine and its class.

The table is written out by hand, NOT derived from the rules file: a name form the parser stops
understanding, or a medicine lost from the rules, fails here. Each row is (typed, expected
medication id, a class that must be reported). Grouped by the kind of form.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

STRENGTHS = [
    ("furosemide 40 mg", "furosemide", "loop-diuretic"),
    ("Furosemide 40MG", "furosemide", "loop-diuretic"),
    ("furosemide 40mg", "furosemide", "loop-diuretic"),
    ("furosemide 1,5 mg", "furosemide", "loop-diuretic"),
    ("levothyroxine 100 mcg", "levothyroxine", "levothyroxine"),
    ("levothyroxine 100 µg", "levothyroxine", "levothyroxine"),
    ("levothyroxine 100 μg", "levothyroxine", "levothyroxine"),
    ("levothyroxine 100ug", "levothyroxine", "levothyroxine"),
    ("levothyroxine 0.1 mg", "levothyroxine", "levothyroxine"),
    ("amlodipine 2.5mg", "amlodipine", "calcium-channel-blocker"),
    ("gentamicin 40 mg/ml", "gentamicin", "aminoglycoside"),
    ("tobramycin 300 mg/5 mL", "tobramycin", "aminoglycoside"),
    ("gabapentin 250 mg/5ml", "gabapentin", "gabapentin"),
    ("ketoconazole 2%", "ketoconazole", "reduced-absorption-other"),
    ("ciprofloxacin 0.3 %", "ciprofloxacin", "fluoroquinolone-ciprofloxacin"),
    ("Lisinopril 20", "lisinopril", "ace-inhibitor"),
    ("digoxin 62.5 micrograms", "digoxin", "digoxin"),
    ("alendronate 70 milligrams", "alendronate", "bisphosphonate"),
    ("cyclosporine 100 mg/mL", "cyclosporine", "calcineurin-inhibitor"),
    ("morphine 10 mg/hr", "morphine", "cns-depressant"),
]

FREQUENCIES = [
    ("Fosamax 70 mg weekly", "alendronate", "bisphosphonate"),
    ("Synthroid qam", "levothyroxine", "levothyroxine"),
    ("Lasix 40 mg bid", "furosemide", "loop-diuretic"),
    ("omeprazole 20mg daily", "omeprazole", "proton-pump-inhibitor"),
    ("Ambien 10 mg qhs", "zolpidem", "cns-depressant"),
    ("alprazolam 0.5 mg prn", "alprazolam", "cns-depressant"),
    ("lorazepam 1mg as needed", "lorazepam", "cns-depressant"),
    ("zolpidem 5 mg at bedtime", "zolpidem", "cns-depressant"),
    ("Boniva 150 mg monthly", "ibandronate", "bisphosphonate"),
    ("ibandronate once monthly", "ibandronate", "bisphosphonate"),
    ("furosemide 20 mg PO q.d.", "furosemide", "loop-diuretic"),
    ("Protonix 40 mg BID before breakfast", "pantoprazole", "proton-pump-inhibitor"),
    ("digoxin 125 mcg od", "digoxin", "digoxin"),
    ("levothyroxine 75 µg mane", "levothyroxine", "levothyroxine"),
    ("gabapentin 300mg tid", "gabapentin", "gabapentin"),
    ("ciprofloxacin 500 mg q12h", "ciprofloxacin", "fluoroquinolone-ciprofloxacin"),
    ("take 1 tab of lisinopril daily", "lisinopril", "ace-inhibitor"),
    ("spironolactone 25 mg once a day", "spironolactone", "potassium-sparing-diuretic"),
    ("atorvastatin 40 mg nightly", "atorvastatin", "statin-atorvastatin"),
    ("doxycycline 100 mg twice daily with food", "doxycycline", "tetracycline"),
]

FORMS = [
    ("Cipro XR", "ciprofloxacin", "fluoroquinolone-ciprofloxacin"),
    ("diltiazem ER 120 mg", "diltiazem", "calcium-channel-blocker"),
    ("Toprol XL 50mg", "metoprolol", "beta-blocker"),
    ("nifedipine XL 30 mg", "nifedipine", "calcium-channel-blocker"),
    ("minocycline ER 90mg", "minocycline", "tetracycline"),
    ("omeprazole DR 20 mg", "omeprazole", "proton-pump-inhibitor"),
    ("pantoprazole EC 40 mg", "pantoprazole", "proton-pump-inhibitor"),
    ("lansoprazole ODT", "lansoprazole", "proton-pump-inhibitor"),
    ("morphine sulfate ER", "morphine", "cns-depressant"),
    ("levothyroxine oral solution", "levothyroxine", "levothyroxine"),
    ("gabapentin capsules", "gabapentin", "gabapentin"),
    ("doxycycline hyclate delayed-release tablets", "doxycycline", "tetracycline"),
    ("alendronate 70mg effervescent tablet", "alendronate", "bisphosphonate"),
    ("ferrous sulfate tablet", "iron", "reduced-absorption-other"),
    ("furosemide injection", "furosemide", "loop-diuretic"),
    ("tobramycin inhalation solution", "tobramycin", "aminoglycoside"),
    ("gentamicin eye drops", "gentamicin", "aminoglycoside"),
    ("ciprofloxacin ear drops", "ciprofloxacin", "fluoroquinolone-ciprofloxacin"),
    ("fentanyl patch", "fentanyl", "cns-depressant"),
    ("ketoconazole cream", "ketoconazole", "reduced-absorption-other"),
    ("tacrolimus ointment", "tacrolimus", "calcineurin-inhibitor"),
    ("pentamidine nebulised", "pentamidine", "anti-infective-magnesium-wasting"),
    ("cetuximab IV", "cetuximab", "egfr-inhibitor"),
    ("Verelan PM", "verapamil", "calcium-channel-blocker"),
    ("Cardizem LA 240", "diltiazem", "calcium-channel-blocker"),
    ("carvedilol CR", "carvedilol", "beta-blocker"),
    ("zolpidem extended release", "zolpidem", "cns-depressant"),
    ("risedronate delayed release", "risedronate", "bisphosphonate"),
    ("amikacin prefilled syringe", "amikacin", "aminoglycoside"),
    ("rocuronium vial", "rocuronium", "neuromuscular-blocker"),
]

BRACKETS = [
    ("Synthroid (levothyroxine)", "levothyroxine", "levothyroxine"),
    ("levothyroxine (Synthroid)", "levothyroxine", "levothyroxine"),
    ("Lasix [furosemide]", "furosemide", "loop-diuretic"),
    ("furosemide (Lasix) 40 mg", "furosemide", "loop-diuretic"),
    ("lisinopril (Zestoretic)", "lisinopril-hydrochlorothiazide", "thiazide-diuretic"),
    ("Plaquenil (hydroxychloroquine) 200 mg bid", "hydroxychloroquine", "reduced-absorption-other"),
    ("metoprolol succinate {Toprol-XL}", "metoprolol", "beta-blocker"),
]

SALTS = [
    ("metoprolol succinate", "metoprolol", "beta-blocker"),
    ("metoprolol tartrate 25 mg", "metoprolol", "beta-blocker"),
    ("losartan potassium", "losartan", "arb"),
    ("amlodipine besylate 10 mg", "amlodipine", "calcium-channel-blocker"),
    ("amlodipine besilate", "amlodipine", "calcium-channel-blocker"),
    ("enalapril maleate", "enalapril", "ace-inhibitor"),
    ("diltiazem hydrochloride", "diltiazem", "calcium-channel-blocker"),
    ("ciprofloxacin HCl", "ciprofloxacin", "fluoroquinolone-ciprofloxacin"),
    ("doxycycline monohydrate", "doxycycline", "tetracycline"),
    ("esomeprazole magnesium", "esomeprazole", "proton-pump-inhibitor"),
    ("atorvastatin calcium", "atorvastatin", "statin-atorvastatin"),
    ("pantoprazole sodium", "pantoprazole", "proton-pump-inhibitor"),
    ("olmesartan medoxomil", "olmesartan", "arb"),
    ("candesartan cilexetil", "candesartan", "arb"),
    ("hydroxychloroquine sulfate", "hydroxychloroquine", "reduced-absorption-other"),
    ("phenytoin sodium extended", "phenytoin", "reduced-absorption-other"),
    ("quinapril hydrochloride", "quinapril", "ace-inhibitor"),
    ("rocuronium bromide", "rocuronium", "neuromuscular-blocker"),
]

INTERNATIONAL = [
    ("frusemide", "furosemide", "loop-diuretic"),
    ("thyroxine", "levothyroxine", "levothyroxine"),
    ("L-thyroxine 50 mcg", "levothyroxine", "levothyroxine"),
    ("Alendronic acid", "alendronate", "bisphosphonate"),
    ("alendronic acid 70 mg weekly", "alendronate", "bisphosphonate"),
    ("risedronic acid", "risedronate", "bisphosphonate"),
    ("ibandronic acid 150mg", "ibandronate", "bisphosphonate"),
    ("ciclosporin", "cyclosporine", "calcineurin-inhibitor"),
    ("chlortalidone", "chlorthalidone", "thiazide-diuretic"),
    ("torasemide", "torsemide", "loop-diuretic"),
    ("suxamethonium", "succinylcholine", "neuromuscular-blocker"),
    ("ferrous sulphate 200 mg", "iron", "reduced-absorption-other"),
]

TRADEMARKS = [
    ("Lasix®", "furosemide", "loop-diuretic"),
    ("Synthroid™ 100 mcg", "levothyroxine", "levothyroxine"),
    ("Norvasc ©", "amlodipine", "calcium-channel-blocker"),
    ("Cipro(R) 500 mg", "ciprofloxacin", "fluoroquinolone-ciprofloxacin"),
    ("Lipitor (TM)", "atorvastatin", "statin-atorvastatin"),
]

COMBINATIONS = [
    ("Lisinopril/HCTZ 20-12.5", "lisinopril-hydrochlorothiazide", "thiazide-diuretic"),
    ("lisinopril/hctz 20/12.5 mg", "lisinopril-hydrochlorothiazide", "ace-inhibitor"),
    ("lisinopril + hctz", "lisinopril-hydrochlorothiazide", "ace-inhibitor"),
    ("losartan and hydrochlorothiazide", "losartan-hydrochlorothiazide", "arb"),
    ("amlodipine-benazepril", "amlodipine-benazepril", "calcium-channel-blocker"),
    ("valsartan/HCTZ 160/12.5", "valsartan-hydrochlorothiazide", "thiazide-diuretic"),
    ("atenolol/chlorthalidone 50/25", "atenolol-chlorthalidone", "thiazide-diuretic"),
    ("triamterene-HCTZ 37.5-25 mg", "triamterene-hydrochlorothiazide", "thiazide-diuretic"),
    ("abacavir/lamivudine", "abacavir-lamivudine", "no-known-interaction"),
    ("dolutegravir + lamivudine", "dolutegravir-lamivudine", "integrase-inhibitor-dolutegravir"),
    ("emtricitabine/tenofovir alafenamide", "emtricitabine-tenofovir-alafenamide", None),
    ("olmesartan/amlodipine/HCTZ", "amlodipine-olmesartan-hydrochlorothiazide", "arb"),
    ("bisoprolol with hydrochlorothiazide", "bisoprolol-hydrochlorothiazide", "beta-blocker"),
    ("lisinopril 20 mg hctz 12.5 mg", "lisinopril-hydrochlorothiazide", "thiazide-diuretic"),
    ("spironolactone & HCTZ 25/25", "spironolactone-hydrochlorothiazide", "thiazide-diuretic"),
]

RXNORM = [
    ("furosemide 40 MG Oral Tablet", "furosemide", "loop-diuretic"),
    ("furosemide 40 MG Oral Tablet [Lasix]", "furosemide", "loop-diuretic"),
    ("furosemide 10 MG/ML Oral Solution", "furosemide", "loop-diuretic"),
    ("furosemide 10 MG/ML Injectable Solution", "furosemide", "loop-diuretic"),
    ("bumetanide 1 MG Oral Tablet", "bumetanide", "loop-diuretic"),
    ("torsemide 20 MG Oral Tablet [Demadex]", "torsemide", "loop-diuretic"),
    ("hydrochlorothiazide 25 MG Oral Tablet", "hydrochlorothiazide", "thiazide-diuretic"),
    ("hydrochlorothiazide 12.5 MG Oral Capsule [Microzide]", "hydrochlorothiazide", None),
    ("chlorthalidone 25 MG Oral Tablet", "chlorthalidone", "thiazide-diuretic"),
    ("spironolactone 25 MG Oral Tablet [Aldactone]", "spironolactone", None),
    ("lisinopril 10 MG Oral Tablet [Zestril]", "lisinopril", "ace-inhibitor"),
    (
        "hydrochlorothiazide 12.5 MG / lisinopril 20 MG Oral Tablet [Zestoretic]",
        "lisinopril-hydrochlorothiazide",
        "thiazide-diuretic",
    ),
    (
        "hydrochlorothiazide 12.5 MG / lisinopril 20 MG Oral Tablet",
        "lisinopril-hydrochlorothiazide",
        "ace-inhibitor",
    ),
    (
        "hydrochlorothiazide 25 MG / losartan potassium 100 MG Oral Tablet [Hyzaar]",
        "losartan-hydrochlorothiazide",
        "arb",
    ),
    (
        "amlodipine 5 MG / benazepril hydrochloride 20 MG Oral Capsule [Lotrel]",
        "amlodipine-benazepril",
        "ace-inhibitor",
    ),
    ("amlodipine 10 MG / valsartan 320 MG Oral Tablet", "amlodipine-valsartan", "arb"),
    ("enalapril maleate 1 MG/ML Oral Solution [Epaned]", "enalapril", "ace-inhibitor"),
    ("losartan potassium 50 MG Oral Tablet [Cozaar]", "losartan", "arb"),
    ("amlodipine 5 MG Oral Tablet [Norvasc]", "amlodipine", "calcium-channel-blocker"),
    ("24 HR nifedipine 30 MG Extended Release Oral Tablet [Procardia]", "nifedipine", None),
    (
        "24 HR diltiazem hydrochloride 180 MG Extended Release Oral Capsule [Cardizem CD]",
        "diltiazem",
        "calcium-channel-blocker",
    ),
    ("verapamil hydrochloride 240 MG Extended Release Oral Tablet", "verapamil", None),
    (
        "24 HR metoprolol succinate 50 MG Extended Release Oral Tablet [Toprol]",
        "metoprolol",
        "beta-blocker",
    ),
    ("metoprolol tartrate 25 MG Oral Tablet", "metoprolol", "beta-blocker"),
    ("carvedilol 6.25 MG Oral Tablet [Coreg]", "carvedilol", "beta-blocker"),
    ("doxycycline hyclate 100 MG Oral Capsule", "doxycycline", "tetracycline"),
    ("doxycycline 100 MG Injection", "doxycycline", "tetracycline"),
    ("minocycline 100 MG Oral Capsule [Minocin]", "minocycline", "tetracycline"),
    ("ciprofloxacin 500 MG Oral Tablet [Cipro]", "ciprofloxacin", None),
    ("levofloxacin 750 MG Oral Tablet", "levofloxacin", "fluoroquinolone"),
    ("moxifloxacin 400 MG Oral Tablet [Avelox]", "moxifloxacin", None),
    ("alendronate sodium 70 MG Oral Tablet [Fosamax]", "alendronate", "bisphosphonate"),
    ("risedronate sodium 35 MG Oral Tablet [Actonel]", "risedronate", "bisphosphonate"),
    ("ibandronate 150 MG Oral Tablet", "ibandronate", "bisphosphonate"),
    ("levothyroxine sodium 0.1 MG Oral Tablet [Synthroid]", "levothyroxine", "levothyroxine"),
    ("levothyroxine sodium 0.05 MG Oral Capsule [Tirosint]", "levothyroxine", "levothyroxine"),
    ("gabapentin 300 MG Oral Capsule [Neurontin]", "gabapentin", "gabapentin"),
    ("gabapentin 50 MG/ML Oral Solution", "gabapentin", "gabapentin"),
    ("dolutegravir 50 MG Oral Tablet [Tivicay]", "dolutegravir", None),
    (
        "abacavir 600 MG / dolutegravir 50 MG / lamivudine 300 MG Oral Tablet [Triumeq]",
        "abacavir-dolutegravir-lamivudine",
        "integrase-inhibitor-dolutegravir",
    ),
    (
        "bictegravir 50 MG / emtricitabine 200 MG / tenofovir alafenamide 25 MG Oral Tablet "
        "[Biktarvy]",
        "bictegravir-emtricitabine-tenofovir-alafenamide",
        "integrase-inhibitor-bictegravir",
    ),
    ("raltegravir 400 MG Oral Tablet [Isentress]", "raltegravir", None),
    ("digoxin 0.125 MG Oral Tablet [Lanoxin]", "digoxin", "digoxin"),
    ("atorvastatin 20 MG Oral Tablet [Lipitor]", "atorvastatin", "statin-atorvastatin"),
    ("rosuvastatin calcium 10 MG Oral Tablet [Crestor]", "rosuvastatin", None),
    ("omeprazole 20 MG Delayed Release Oral Capsule [Prilosec]", "omeprazole", None),
    (
        "esomeprazole magnesium 40 MG Delayed Release Oral Capsule [Nexium]",
        "esomeprazole",
        "proton-pump-inhibitor",
    ),
    (
        "pantoprazole sodium 40 MG Delayed Release Oral Tablet [Protonix]",
        "pantoprazole",
        "proton-pump-inhibitor",
    ),
    ("tacrolimus 1 MG Oral Capsule [Prograf]", "tacrolimus", "calcineurin-inhibitor"),
    ("cyclosporine 100 MG Oral Capsule [Neoral]", "cyclosporine", "calcineurin-inhibitor"),
    ("mycophenolate mofetil 500 MG Oral Tablet [CellCept]", "mycophenolate", None),
    ("hydroxychloroquine sulfate 200 MG Oral Tablet [Plaquenil]", "hydroxychloroquine", None),
    (
        "nitrofurantoin, macrocrystals 25 MG / nitrofurantoin, monohydrate 75 MG Oral Capsule "
        "[Macrobid]",
        "nitrofurantoin",
        "reduced-absorption-other",
    ),
    ("phenytoin sodium 100 MG Extended Release Oral Capsule [Dilantin]", "phenytoin", None),
    ("penicillamine 250 MG Oral Capsule [Cuprimine]", "penicillamine", "penicillamine"),
    ("nilotinib 150 MG Oral Capsule [Tasigna]", "nilotinib", "nilotinib"),
    ("gentamicin 40 MG/ML Injectable Solution", "gentamicin", "aminoglycoside"),
    ("tobramycin 300 MG in 5 ML Inhalation Solution", "tobramycin", "aminoglycoside"),
    ("cetuximab 2 MG/ML Injectable Solution [Erbitux]", "cetuximab", "egfr-inhibitor"),
    ("oxycodone hydrochloride 5 MG Oral Tablet [Roxicodone]", "oxycodone", "cns-depressant"),
    ("zolpidem tartrate 10 MG Oral Tablet [Ambien]", "zolpidem", "cns-depressant"),
    ("alprazolam 0.5 MG Oral Tablet [Xanax]", "alprazolam", "cns-depressant"),
    ("72 HR fentanyl 0.025 MG/HR Transdermal System [Duragesic]", "fentanyl", None),
    ("1 ML morphine sulfate 10 MG/ML Injection", "morphine", "cns-depressant"),
    ("2 ML midazolam 1 MG/ML Injection", "midazolam", "cns-depressant"),
    ("NDA020634 10 ML furosemide 10 MG/ML Injection", "furosemide", "loop-diuretic"),
    (
        "{28 (minocycline 100 MG Oral Capsule) } Pack [Minocin]",
        "minocycline",
        "tetracycline",
    ),
    (
        "Acetaminophen 325 MG / oxyCODONE Hydrochloride 5 MG Oral Tablet [Percocet]",
        "oxycodone-acetaminophen",
        "cns-depressant",
    ),
    ("metformin hydrochloride 500 MG Oral Tablet", "metformin", "metformin"),
    (
        "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet [Glucophage]",
        "metformin",
        "metformin",
    ),
    ("apixaban 5 MG Oral Tablet [Eliquis]", "apixaban", "no-interaction-listed"),
    ("sertraline 50 MG Oral Tablet [Zoloft]", "sertraline", "no-interaction-listed"),
    ("3 ML insulin glargine 100 UNT/ML Pen Injector [Lantus]", "insulin-glargine", "insulin"),
    (
        "NDA020983 200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler [ProAir]",
        "albuterol",
        "no-interaction-listed",
    ),
    (
        "hydrocodone bitartrate 5 MG / acetaminophen 325 MG Oral Tablet [Norco]",
        "hydrocodone-acetaminophen",
        "cns-depressant",
    ),
    ("montelukast sodium 10 MG Oral Tablet [Singulair]", "montelukast", None),
    (
        "sitagliptin 50 MG / metformin hydrochloride 1000 MG Oral Tablet [Janumet]",
        "sitagliptin-metformin",
        "metformin",
    ),
    (
        "fluticasone propionate 0.25 MG/ACTUAT / salmeterol 0.05 MG/ACTUAT Dry Powder Inhaler "
        "[Advair]",
        "fluticasone-salmeterol",
        None,
    ),
    (
        "budesonide 0.16 MG/ACTUAT / formoterol fumarate dihydrate 0.0045 MG/ACTUAT Metered "
        "Dose Inhaler [Symbicort]",
        "budesonide-formoterol",
        None,
    ),
    ("warfarin sodium 5 MG Oral Tablet [Coumadin]", "warfarin", "warfarin"),
    ("citalopram hydrobromide 20 MG Oral Tablet", "citalopram", "low-magnesium-qt-risk"),
    ("empagliflozin 10 MG Oral Tablet [Jardiance]", "empagliflozin", "sglt2-inhibitor"),
    (
        "sacubitril 24 MG / valsartan 26 MG Oral Tablet [Entresto]",
        "sacubitril-valsartan",
        "arb",
    ),
    ("0.75 ML semaglutide 1.34 MG/ML Pen Injector [Ozempic]", "semaglutide", None),
]

EVERYDAY = [
    ("metformin 1000mg bid", "metformin", "metformin"),
    ("Glucophage XR 750", "metformin", "metformin"),
    ("Eliquis 5mg BID", "apixaban", "no-interaction-listed"),
    ("sertraline HCl 100 mg daily", "sertraline", "no-interaction-listed"),
    ("insulin glargine 100 units/mL subcutaneous", "insulin-glargine", "insulin"),
    ("salbutamol inhaler", "albuterol", "no-interaction-listed"),
    ("paracetamol 500 mg prn", "acetaminophen", "no-interaction-listed"),
    ("Tylenol Extra Strength", "acetaminophen", "no-interaction-listed"),
    ("Tylenol #3", "acetaminophen-codeine", "cns-depressant"),
    ("co-codamol 30/500", "acetaminophen-codeine", "cns-depressant"),
    ("valproic acid 250 mg", "divalproex", None),
    ("isosorbide mononitrate ER 30 mg", "isosorbide-mononitrate", None),
    ("glyceryl trinitrate spray", "nitroglycerin", None),
    ("Advair Diskus 250/50", "fluticasone-salmeterol", None),
    ("Humulin 70/30", "insulin-human", "insulin"),
    ("Ozempic 0.5 mg weekly", "semaglutide", None),
    ("montelukast 10 mg at bedtime", "montelukast", None),
    ("escitalopram oxalate 10mg", "escitalopram", None),
    ("simvastatin 20 mg qhs", "simvastatin", "statin-other"),
    ("clopidogrel bisulfate 75 mg", "clopidogrel", None),
]

OTC_AND_INTERACTING = [
    ("Tums Extra Strength 750 mg", "calcium-carbonate", "calcium-supplement"),
    ("milk of magnesia 400 mg/5 mL", "milk-of-magnesia", "magnesium-product"),
    ("Mag-Ox 400 mg tablet daily", "mag-ox-400", "magnesium-product"),
    ("KCl 20 mEq", "potassium-chloride", "potassium-supplement"),
    (
        "potassium chloride 20 MEQ Extended Release Oral Tablet",
        "potassium-chloride",
        "potassium-supplement",
    ),
    ("Epsom salt", "epsom-salt", "magnesium-product"),
    ("vit D 1000 IU", "cholecalciferol", None),
    ("vitamin D3 2000 units daily", "cholecalciferol", None),
    ("zinc 50 mg", "zinc", "zinc-supplement"),
    ("multivitamin", "multivitamin", "multivitamin-minerals"),
    ("calcium carbonate 500 mg bid", "calcium-carbonate", "calcium-supplement"),
    ("ferrous sulfate 325 MG Oral Tablet", "iron", "reduced-absorption-other"),
    ("Maalox", "aluminium-magnesium-antacid", "magnesium-product"),
    ("Slow-Mag", "slow-mag", "magnesium-product"),
    ("Pepcid Complete", "pepcid-complete", "magnesium-product"),
    ("Xofluza 40 mg", "baloxavir", "baloxavir"),
    ("dabigatran etexilate 150 MG Oral Capsule [Pradaxa]", "dabigatran", "dabigatran"),
    (
        "ledipasvir 90 MG / sofosbuvir 400 MG Oral Tablet [Harvoni]",
        "ledipasvir-sofosbuvir",
        "hcv-ns5a-ph",
    ),
    ("cefpodoxime proxetil 200 mg", "cefpodoxime", None),
    ("fexofenadine HCl 180 mg", "fexofenadine", "fexofenadine"),
    ("Allegra 180", "fexofenadine", "fexofenadine"),
]

TABLE = [
    *STRENGTHS,
    *FREQUENCIES,
    *FORMS,
    *BRACKETS,
    *SALTS,
    *INTERNATIONAL,
    *TRADEMARKS,
    *COMBINATIONS,
    *RXNORM,
    *EVERYDAY,
    *OTC_AND_INTERACTING,
]


@pytest.fixture(scope="module")
def table_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `magadvise cautions --json` with every name of the table (each one is kept)."""
    from typer.testing import CliRunner

    from magadvise.cli import app

    args = ["cautions", "--json"]
    for typed, _, _ in TABLE:
        args += ["--med", typed]
    env = {
        "MAGADVISE_CACHE_DIR": str(tmp_path_factory.mktemp("names-cache")),
        "MAGADVISE_RULES": None,
    }
    result = CliRunner().invoke(app, args, env=env)  # type: ignore[arg-type]
    assert result.exit_code in (0, 3), result.stderr
    doc = json.loads(result.stdout)
    assert isinstance(doc, dict)
    return doc


def test_the_table_is_big_enough() -> None:
    assert len(TABLE) >= 150
    assert len(RXNORM) >= 40
    assert len({typed for typed, _, _ in TABLE}) == len(TABLE)


def _entries(doc: dict[str, Any], typed: str) -> list[dict[str, Any]]:
    """The cautions reported for one typed name (a part's own name for a partial combination)."""
    exact = [m for m in doc["cautions"] if m["input"] == typed]
    return exact or [m for m in doc["cautions"] if m["input"] in typed]


@pytest.mark.parametrize(("typed", "medication", "klass"), TABLE)
def test_name_form(
    table_doc: dict[str, Any], typed: str, medication: str, klass: str | None
) -> None:
    found = {m["medication"]: m for m in _entries(table_doc, typed)}
    assert medication in found, [u for u in table_doc["unassessed"] if u["input"] in typed]
    if klass is not None:
        assert klass in {c["id"] for c in found[medication]["classes"]}
    unassessed = [u["input"] for u in table_doc["unassessed"]]
    assert typed not in unassessed
    assert unassessed == []
