"""Record, account, plan, licence, vehicle and device numbers, labelled or by their shape."""

from __future__ import annotations

import re

from medcode.deid.keep import INSURERS
from medcode.deid.patterns import CPT_CODE, HCPCS_CODE, ICD10_CODE, ID_VALUE, labelled
from medcode.deid.rule import Anchor, Rule, keywords

RULES: tuple[Rule, ...] = (
    Rule(
        "mrn",
        "MRN",
        labelled(
            r"""
            (?-i:MRN|MR\#|MR) | Med(?:ical)?[ \t]+Rec(?:ord)?s? | Record | Chart
            | Hosp(?:ital|\.)?[ \t]+(?:number|no\.?|\#|ID) | Patient[ \t]+(?:ID|identifier|number|no\.?|\#) | Pt[ \t]+ID
            | Unit[ \t]+(?:number|no\.?) | Case[ \t]+(?:number|no\.?|\#) | EMPI | UPI | NHS(?:[ \t]+number)?
            """
        ),
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("mrn mr med medical record records chart hospital hosp patient pt unit case empi upi nhs", 60),
        examples=(
            ("MRN: 00123456", "00123456"),
            ("Medical Record Number: A1234567", "A1234567"),
            ("DOB 07/12/1931  Hosp No 26/491205", "26/491205"),
        ),
    ),
    Rule(
        # An account's number. A diagnosis code is never one ("Reason for visit: G20.A1"), and after a
        # bare "Billing:" or "visit" a CPT or HCPCS code is the service billed ("Billing: 99284", "Billing
        # G0283", "Dx J45.30, visit 94664"), not an account; "Billing ID: 99284" is still an account number
        "account",
        "ACCOUNT",
        labelled(
            r"""
            Account | Acct\.? | Billing[ \t]+(?:ID|number|no\.?) | Encounter(?:[ \t]+ID)? | Visit[ \t]+ID
            | (?-i:FIN|CSN) | Invoice | Claim | Credit[ \t]+card | Card | IBAN | Bank[ \t]+account | Routing
            """,
            bare="Billing|Visit",
            bare_not=f"{CPT_CODE}|{HCPCS_CODE}",
            value_not=rf"{ICD10_CODE}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}",  # "Encounter: 07/16/2025" is a date
        ),
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("account acct billing encounter visit fin csn invoice claim credit card iban bank routing", 60),
        examples=(
            ("Account #: 904162850", "904162850"),
            ("Billing ID: 99284 on file", "99284"),
            ("Visit ID 24-88301 closed", "24-88301"),
            ("Visit 24-88301 closed", "24-88301"),
            ("Acct: 99284. Billing: 74176. Coverage verified", "99284"),
        ),
    ),
    Rule(
        # Encounter and account numbers that carry their label: Cerner's FIN, Epic's CSN and HAR are
        # read as "FIN 8415109", one identifier, so the label goes with the number ("FIN: 8415109",
        # with a colon, is a label and a number: the account rule above takes the number alone).
        "account_with_label",
        "ACCOUNT",
        r"(?<![A-Za-z0-9])((?:FIN|CSN|HAR)[ \t-]?\#?\d{5,12})(?![\d])",
        group=1,
        strong=True,
        gate=keywords("fin csn har", 24, cased=True),
        examples=(("Encounter FIN 8415109  Plan: Humana", "FIN 8415109"), ("Acct CSN-20334511", "CSN-20334511")),
    ),
    Rule(
        "health_plan",
        "HEALTH_PLAN",
        # after a bare "Plan:" a billed code is the plan of care ("Plan: 97530 x3 units"), not a plan's number
        labelled(
            r"""
            Member(?:[ \t]+ID)? | Subscriber(?:[ \t]+ID)? | Policy | Insurance(?:[ \t]+ID)? | Insured[ \t]+ID
            | Group | Plan[ \t]+ID | Beneficiary(?:[ \t]+ID)? | Medicare(?:[ \t]+ID)? | Medicaid(?:[ \t]+ID)?
            | MBI | HICN | Health[ \t]+plan(?:[ \t]+ID)? | Coverage[ \t]+ID | Payer[ \t]+ID
            """,
            bare="Plan",
            bare_not=f"{CPT_CODE}|{HCPCS_CODE}|{ICD10_CODE}",
        ),
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords(
            "member subscriber policy insurance insured group plan beneficiary medicare medicaid mbi hicn health "
            "coverage payer",
            60,
        ),
        examples=(
            ("Member ID: W123456789", "W123456789"),
            ("Medicare ID: 1EG4-TE5-MK72", "1EG4-TE5-MK72"),
            ("Plan: W88213456 (Aetna)", "W88213456"),
        ),
    ),
    Rule(
        "license",
        "LICENSE",
        labelled(
            r"""
            Licen[cs]e | Lic\.? | (?-i:DEA|NPI|DL|AME)(?!\d) | Driver'?s?[ \t]+licen[cs]e | Certificate | Cert\.?
            | Registration | Passport | Badge | Employee[ \t]+ID | State[ \t]+ID | (?:Notary[ \t]+)?Commission
            """
        ),
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords(
            "license licence lic dea npi ame driver driver's drivers dl certificate cert registration passport badge "
            "employee state commission",
            60,
        ),
        examples=(
            ("Prescriber DEA number RF2862335, NPI 6838738069.", "RF2862335"),
            ("Witness: Ann Lee, notary commission 20-562672", "20-562672"),
            ("Examiner: Dr. Ahlam Hijazi, AME #51664-0    Dothan Aviation", "51664-0"),
        ),
    ),
    Rule(
        # a US immigration file number (an "A-number": A and 8-9 digits) as forms print it, in
        # groups: "A-Number: A378 418 591"; written whole, the long-number rule has it already
        "alien_number",
        "ID",
        r"\b(?i:A-?(?:number|no\.?|\#)|alien[ \t]+(?:registration[ \t]+)?(?:number|no\.?|\#)|USCIS[ \t]+(?:number|\#))"
        r"[ \t]*[:#]?[ \t]*((?i:A)-?[ \t]?\d{2,3}[ \t\-]?\d{3}[ \t\-]?\d{3})(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("a-number a number no alien uscis", 40),
        examples=(("DOB (per tazkira): 18.01.1997\nA-Number: A378 418 591   SIV case", "A378 418 591"),),
    ),
    Rule(
        # a driver's licence number in groups, as the card prints it: "DL 692 451 405", "driver
        # license # is B3405 89173 66398"
        "license_grouped",
        "LICENSE",
        r"\b(?:(?-i:C?DL)(?:/ID)?|driver'?s?[ \t]+licen[cs]e|licen[cs]e)(?:[ \t]*(?:\#|no\.?|number))?[ \t]*[:#(]?"
        r"(?:[ \t]+is)?[ \t]*((?:(?-i:[A-Z])[ \t]?)?\d{3,5}(?:[ \t]\d{3,5}){2,3})(?![\w\-])",
        re.I,
        group=1,
        strong=True,
        gate=keywords("dl cdl driver driver's drivers license licence", 40),
        examples=(
            ("Client: Ann Lee, DOB 01/19/1966, DL 692 451 405\nPlease", "692 451 405"),
            ("report signed pls. My TX driver license # is B3405 89173 66398, plate SKC 448", "B3405 89173 66398"),
            ("ID checked, driver's license B 169 323 407 852.\nDictated by", "B 169 323 407 852"),
            ("the front desk will ask for the driver license (N 137 385 234 988).", "N 137 385 234 988"),
        ),
    ),
    Rule(
        # a professional licence written as its board's letters and a number, with a space: "license DDS
        # 32243", "RPh license\tAU 6544", "(lic AU 5324)": a labelled value stops at the space, and
        # the letters are part of the number the board issued
        "license_board_prefixed",
        "LICENSE",
        r"\b(?i:licen[cs]e|lic\.?)(?!(?i:[ \t]+plate))(?:[ \t]*(?:\#|no\.?|number))?[ \t]*[:#]?[ \t]*"
        r"([A-Z]{1,4}[ \t]\d{3,9})(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("license licence lic", 30),
        examples=(
            ("Electronically signed by H. Silo, RD 12/24/2024 7:10 PM; license DDS 97954", "DDS 97954"),
            ("Given by\tD. Basso, RD\nRPh license\tAU 6544\nCodes", "AU 6544"),
            ("Screened by M. Mangat, CTTS (lic AU 5324)", "AU 5324"),
        ),
    ),
    Rule(
        "vehicle",
        "VEHICLE",
        r"""
        \b(?:licen[cs]e[ \t]+plate|plate|tag|VIN|vehicle(?:[ \t]+(?:ID|identification\ number|number|on\ file))?)(?![a-z])
        (?:[ \t]*\([^()\n]{1,24}\))?   # "Vehicle (for parking): DRH-1863"
        [ \t]*(?:\#|no\.?|number)?[ \t]*[:#]?[ \t]*
        ((?=[A-Z0-9\- ]*\d)[A-Z0-9][A-Z0-9\- ]{2,16}[A-Z0-9])   # the plate: holds a digit
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("license licence plate tag vin vehicle", 60),
        examples=(
            ("Injured in a car with plate 7ABC123.", "7ABC123"),
            ("Wheelchair Invacare SN 43032223\nVehicle (for parking): FBP 1098\nSigned:", "FBP 1098"),
            ("Handicap placard / vehicle on file: 2WJL994\n", "2WJL994"),
        ),
    ),
    Rule(
        # a police or public-safety unit, the car its officer came in: "Milwaukee Police Dept; unit
        # PLG-5460" (a hospital's unit is a word: "unit 4 West", "unit 3B" hold no such plate)
        "vehicle_police_unit",
        "VEHICLE",
        r"\b(?i:police|sheriff(?:['’]s)?|public[ \t]+safety|patrol|trooper|constable)\b[^\n]{0,40}?\b(?i:unit|car|cruiser)"
        r"[ \t]*\#?[ \t]*((?=[A-Z0-9 \-]*\d)(?=[A-Z0-9 \-]*[A-Z])[A-Z0-9]{2,4}[ \-]?[A-Z0-9]{3,4})(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("police sheriff sheriff's public patrol trooper constable", 60),
        examples=(("badge 8117, Milwaukee Police Dept; unit PLG-5460\nTransported to", "PLG-5460"),),
    ),
    Rule(
        # a plate after the vehicle it is on: "Truck 7RMB538", "car QXV-6725": letters and digits, in
        # capitals, as a plate is written
        "vehicle_plate_after",
        "VEHICLE",
        r"\b(?i:truck|car|van|vehicle|suv|motorcycle|pickup|trailer)[ \t]+"
        r"(?!(?:VIN|TAG|PLATE|ID|NO)\b)((?=[A-Z0-9\- ]*\d)(?=[A-Z0-9\- ]*[A-Z])[A-Z0-9]{1,4}[ \-]?[A-Z0-9]{2,5})(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("truck car van vehicle suv motorcycle pickup trailer", 20),
        examples=(("CDL RG651496   Truck MB 438H\nMechanism: lifting", "MB 438H"), ("Truck 7RMB538", "7RMB538")),
    ),
    Rule(
        # an ambulance's unit, the plate or fleet number of the rig that carried the patient: "ambulance
        # bill dispute ... - unit GDJ 4340, medic ..." (a ward's unit is a word or a floor: "unit 4 West")
        "vehicle_ambulance_unit",
        "VEHICLE",
        r"\b(?i:unit|rig)[ \t]*\#?[ \t]*((?=[A-Za-z0-9 \-]*\d)(?=[A-Za-z0-9 \-]*[A-Za-z])"
        r"(?:[A-Za-z]{2,4}[ \-]?\d{3,4}|\d{3}-?[A-Za-z]{3}|\d[A-Za-z]{3}\d{3}))(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("ambulance ems medic paramedic", 200, 60),
        examples=(
            ("ambulance bill dispute\n\nSent: May 10\n- unit GDJ 4340, medic C. Guutaa, EMT-P", "GDJ 4340"),
            ("ambulance bill dispute\nsent: july 3\n- unit 953-exk, medic m. ablimet", "953-exk"),
        ),
    ),
    Rule(
        # a plate after who drives: "Outreach: A. Niazi, RN, drives 5KFS546.", "Driver: Amma, 6CCG569."
        # (letters and digits in capitals, as a plate is written; a driver's licence has its own rules)
        "vehicle_after_driver",
        "VEHICLE",
        r"\b(?i:drives|drove|driving|driver(?!['’]?s?[ \t]+licen))\b[^\n]{0,40}?(?<=[ \t,:])"
        r"((?=[A-Z0-9\- ]{0,9}\d)(?=[A-Z0-9\- ]{0,9}[A-Z])[A-Z0-9]{1,4}[ \-]?[A-Z0-9]{2,5})(?=[ \t]*(?:[.;,)]|$))",
        re.M,
        group=1,
        strong=True,
        gate=keywords("drives drove driving driver", 60),
        examples=(
            ("RN, drives CWB 779.\nREGISTRATION", "CWB 779"),
            ("Dx M51.26; 77003. Driver: Matant, 4AAX590.\nDr. Niazi", "4AAX590"),
        ),
    ),
    Rule(
        "vin",
        "VEHICLE",
        r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b",
        gate=Anchor(r"[A-HJ-NPR-Z0-9]{17}", 1, 1),
        examples=(("Vehicle 1HGCM82633A004352 noted.", "1HGCM82633A004352"),),
    ),
    Rule(
        "device",
        "DEVICE",
        r"""
        \b(?:serial(?:[ \t]+(?:number|no\.?|\#))?(?:[ \t]+on[ \t]+(?:the[ \t]+)?back)?(?:[ \t]+(?:is|was))?
        | S/N | (?-i:SN) | device[ \t]+(?:ID|identifier|serial) | (?-i:UDI) | implant[ \t]+ID
        | (?-i:IMEI|MAC)(?:[ \t]+address)?)(?![a-z])
        [ \t]*[:#]?[ \t]*
        ((?:\(21\))?(?=[A-Za-z0-9\-:/.]*\d)[A-Za-z0-9][A-Za-z0-9\-:/.]{2,}[A-Za-z0-9])   # the value: holds a digit
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("serial s sn device udi implant imei mac", 60),
        examples=(
            ("Pacemaker serial number PJN123456 interrogated.", "PJN123456"),
            ("Boston Scientific device, serial (21)FH2827132, projects", "(21)FH2827132"),
        ),
    ),
    Rule(
        # a collection kit's own number, letters and digits mixed ("Your kit CBW7SCRH3VA0G ships to"):
        # a kit's size or count is digits alone ("kit 2", "a 40-test kit")
        "kit_number",
        "DEVICE",
        r"\b(?i:kit)(?:[ \t]*(?:\#|no\.?|number|id))?[ \t]*[:#]?[ \t]*"
        r"((?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,20})(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("kit", 30),
        examples=(("with Lokahi Cord Registry. Your kit CBW7SCRH3VA0G ships to", "CBW7SCRH3VA0G"),),
    ),
    Rule(
        # a serial number in GS1 form, as a device's label prints it: the application identifier
        # "(21)" says that what follows is this one device's serial, whatever the words around it
        "device_gs1_serial",
        "DEVICE",
        r"(?<![\w)])(\(21\)[A-Za-z0-9\-]{4,20})(?![\w\-])",
        strong=True,
        gate=Anchor(r"\(21\)", 1, 24),
        examples=(("My Tandem pump (21)AY6976498 will not charge", "(21)AY6976498"),),
    ),
    Rule(
        "mac",
        "DEVICE",
        r"\b[0-9A-F]{2}(?::[0-9A-F]{2}){5}\b",
        re.I,
        gate=Anchor(r"[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}:", 1, 20),
        examples=(("Pump at 00:1A:2B:3C:4D:5E offline.", "00:1A:2B:3C:4D:5E"),),
    ),
    Rule(
        "id_label",
        "ID",
        labelled(
            r"ID|Identifier|Ref(?:erence)?|Accession|Specimen|Sample|Requisition|Ticket|Reference|Voucher"
            r"|Placard|Permit|Badge(?:[ \t]+photo)?|Photo"  # a disability placard's, a photo's number
            r"|Referral|Auth(?:orization)?|Incident|Conf(?:irmation)?|Docket",  # a case's numbers
            # "Codes on the order: A7030, A7034", "Path 88307.": what an order lists are the services
            # ordered, and a pathology code is the service billed ("path S26-85168" is a case)
            bare=r"Order|Path(?:ology)?",
            bare_not=f"{CPT_CODE}|{HCPCS_CODE}|{ICD10_CODE}",
        ),
        re.I,
        group=1,
        gate=keywords(
            "id identifier ref reference accession specimen sample order requisition ticket voucher placard permit badge "
            "photo "
            "path pathology referral auth authorization incident conf confirmation docket",
            50,
        ),
        examples=(
            ("Accession: S24-88123 received.", "S24-88123"),
            ("VIN on file. Handicap placard HP51-59520. Patient was", "HP51-59520"),
            ("Photo ID on file, badge photo IMG-DT391977.", "IMG-DT391977"),
            ("Dx: Stage IIA breast ca, path S26-85168 (C50.411)", "S26-85168"),
            ("Highmark auth 6444-AUTH-429.", "6444-AUTH-429"),
            ("Sam District Court, docket no. 22-CR-94785\n\nClient:", "22-CR-94785"),
        ),
    ),
    Rule(
        # an officer's badge or a runner's bib number, however short: "Det. Sinha, badge 086, case #
        # 24-108301", "the medical tent after the race (bib 437, timing chip ...)"
        "badge_number",
        "ID",
        r"\b(?i:badge|bib)(?:[ \t]*(?:\#|no\.?|number))?[ \t]*[:#]?[ \t]*(\d{2,8})(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("badge bib", 24),
        examples=(
            ("Law enforcement: Det. Sinha, badge 086, case # 24-108301", "086"),
            ("I was seen in the medical tent after the race on 2/27 (bib 437, timing chip", "437"),
        ),
    ),
    Rule(
        # a user's login, in a record's print or audit footer: "printed 09/03/2026 by wkuvali87 from
        # workstation", "user asreega36"; a login holds letters then digits, which no word or dose does
        "user_login",
        "ID",
        r"\b(?i:by|user(?:[ \t]*(?:name|id))?|login|logged[ \t]+in[ \t]+as)(?:[ \t]+(?i:is|was))?[ \t]*[:=]?[ \t]+"
        r"((?i:[a-z][a-z._]{2,15}\d{1,4}(?:[._][a-z0-9]{1,4})?))(?![\w\-@])",
        group=1,
        strong=True,
        gate=keywords("by user username userid login logged", 30),
        examples=(
            ("-- printed 09/03/2026 by wkuvali87 from workstation - page 1 of 1", "wkuvali87"),
            ("ZSC|1|sender 24.230.76.140|user asreega36", "asreega36"),
            ("That was not me. My username is kjayalath47. My last real login", "kjayalath47"),
            ("Her portal username is suresh95.d; the site locked me out", "suresh95.d"),
        ),
    ),
    Rule(
        # a photo's or a scan's file name, which a phone writes with the moment it was taken:
        # "IMG_20250902_224543.jpg", "PXL_20240105_101112345.jpg", "scan_0412202.pdf"
        "file_name_with_number",
        "ID",
        r"(?<![\w/.\-])([A-Za-z]{0,12}[_\-]?\d{6,}(?:[_\-][A-Za-z0-9]+)*\.(?i:jpe?g|png|heic|gif|tiff?|pdf|mp4|mov|dcm))"
        r"(?![\w])",
        group=1,
        strong=True,
        gate=Anchor(r"\.(?i:jpe?g|png|heic|gif|tiff?|pdf|mp4|mov|dcm)\b", 48, 1),
        examples=(
            ("Photos: IMG_20250902_224543.jpg, IMG_20250902_224543_2.jpg uploaded", "IMG_20250902_224543.jpg"),
            ("Photos: IMG_20250902_224543.jpg, IMG_20250902_224543_2.jpg uploaded", "IMG_20250902_224543_2.jpg"),
        ),
    ),
    Rule(
        # a prescription's number ("rx 8557-RX-229", "Rx #: 7441203"): a number with a dash or of six
        # digits or more, since "Rx 500mg" is a dose
        "rx_number",
        "ID",
        r"\b(?i:rx)(?:[ \t]*(?:\#|no\.?|number))?[ \t]*[:#]?[ \t]*((?=[A-Za-z0-9\-]*\d)[A-Za-z0-9]+-[A-Za-z0-9\-]*[A-Za-z0-9]|\d{6,})(?![\w\-])",
        strong=True,
        group=1,
        gate=keywords("rx", 30),
        examples=(
            ("Guest: August 22, 1997 rx 8557-RX-229\n[18:35]", "8557-RX-229"),
            ("Rx #: 7441203 ready", "7441203"),
        ),
    ),
    Rule(
        # EMS run sheets, dictation and incident reports number themselves ("Run #: 2020-788425",
        # "JOB#: 71199"); the number marker is required, since "run" and "job" are ordinary words
        "numbered_record",
        "ID",
        rf"\b(?:Run|Trip|Incident|Job|Dictation|Transcription|Confirmation|Employee)[ \t]*(?:\#|no\.?|number)[ \t.]*[:#]?[ \t.]*{ID_VALUE}",
        re.I,
        group=1,
        strong=True,
        gate=keywords("run trip incident job dictation transcription confirmation employee", 40),
        examples=(
            ("Ambulance Run Sheet | Run #...... 2022-666545 | Date", "2022-666545"),
            ("T: 30 May JOB#: 71199", "71199"),
            ("works second shift at Riverside Poultry (employee #53453). Can you", "53453"),
        ),
    ),
    Rule(
        # a member number written in two groups, as cards print it ("ID W7942 48108", "member id is
        # w6953 33120", "Insurance: UnitedHealthcare W2236 70170"): a labelled value stops at the space
        "member_id_spaced",
        "HEALTH_PLAN",
        r"""
        \b(?:member|subscriber|policy|medicaid|medicare|insurance|insurer|plan|card|id)\b[^\n|.;]{0,25}?
        (?<![\w\-])([A-Z]{1,3}\d{3,6}[ ]\d{3,6}(?:[ ]\d{2,4})?|[A-Z]{1,3}\d{7,10}[ ]\d{2})(?![\w\-])
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("member subscriber policy medicaid medicare insurance insurer plan card id", 50),
        examples=(
            ("new Amerigroup card, ID W7942 48108, group 000568", "W7942 48108"),
            ("Insurance: UnitedHealthcare W2236 70170 | - obstructive sleep apnea", "W2236 70170"),
            ("the member number is u66868903 01 period call back", "u66868903 01"),
        ),
    ),
    Rule(
        # a member number right after the payer that issued it, whatever the label or none: "Coverage:
        # Harvard Pilgrim U4198 5853 91", "Plan: Medica 9FS1-E41-BG29", "Anthem 400894785-03",
        # "Insurance is Aetna, member U6535 6252 73"; six digits or more, or one run of ten characters,
        # so a billed code ("Aetna 99214") or a year ("Medicare 2025") stays
        "member_id_after_payer",
        "HEALTH_PLAN",
        # not verbose: the payers' names hold spaces
        rf"(?i:{INSURERS})(?![\w\-])[ \t]*[(,]?[ \t]*"
        r"(?:(?i:member|subscriber|policy|card)(?:[ \t]+(?i:id|number|no\.?|\#|says))?|(?i:id|\#))?[ \t]*[:#]?[ \t]*"
        r"((?=(?:[A-Z\- ]*\d){6}|[A-Z0-9\-]{10})(?=[A-Z0-9]*\d)"
        r"[A-Z0-9]{1,12}(?:[ \-][A-Z0-9]{2,8}){0,3}?)(?![\w\-]|[ \-][A-Z0-9]*\d)",
        group=1,
        strong=True,
        # the payer's first word, so the long list of payers is tried only where one may begin
        gate=keywords(
            "aetna cigna humana unitedhealthcare united unitedhealth blue bluecross anthem elevance kaiser molina "
            "centene ambetter wellcare tricare oscar highmark caresource florida premera regence emblemhealth harvard "
            "tufts amerigroup magellan optum medicare medicaid medi masshealth tenncare wellpoint excellus fidelis "
            "pacificsource sentara geisinger buckeye superior wellmark medica paramount healthpartners avmed moda "
            "independence carefirst horizon capital selecthealth healthfirst metroplus mvp cdphp amerihealth "
            "keystone simply sunshine wellsense aultcare upmc providence bcbs bcbsnj bcbsil bcbstx community hap",
            60,
        ),
        examples=(
            ("Coverage: Harvard Pilgrim U4198 5853 91; financial counselor", "U4198 5853 91"),
            ("Plan: Medica 9FS1-E41-BG29\nEmergency contact", "9FS1-E41-BG29"),
            ("SSN 843-26-5408; Anthem 400894785-03; acct 34793898", "400894785-03"),
            ("Insurance is Aetna, member U6535 6252 73.", "U6535 6252 73"),
            ("Humana (member ID U9617 6018 85) already paid", "U9617 6018 85"),
        ),
    ),
    Rule(
        # a claim's or a case's number ("For the claim (25-70457)", "APS report filed, case
        # CLM-0150-04727"): "case" and "claim" are ordinary words, so the number's shape is required,
        # a dash and four digits or more after it
        "claim_or_case_number",
        "ID",
        r"""
        \b(?:claim|case)(?:[ \t]*(?:\#|no\.?|number))?[ \t]*[:#(]?[ \t]*
        ((?:[A-Z]{2,4}[\-\ ])?\d{2,4}-\d{4,}(?:-\d{1,8})?|[A-Z]{1,4}\d{2,4}-\d{3,}|(?-i:[A-Z]{2,4})[\ ]\d{6,10}
         |[A-Z]{2,4}-\d{4,6}-[A-Z]{2,3})(?![\w\-])   # "Recall case: RCL-8913-RY"
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("claim case", 30),
        examples=(
            ("For the claim (25-70457) they need my VIN", "25-70457"),
            ("APS report filed, case CLM-0150-04727; worker", "CLM-0150-04727"),
            ("The county ME released case ME25-5111 this morning", "ME25-5111"),
            ("Lab case 3854-8025   Agency case LX 75-37813\nSubject:", "LX 75-37813"),
            ("Billing: account 70843229; Aetna claim CLM 1039210; Patient Financial", "CLM 1039210"),
            ("Recall case: RCL-8913-RY    Account: 8398023772", "RCL-8913-RY"),
        ),
    ),
    Rule(
        # a booking's confirmation code, six letters or digits as airlines and shuttles print them:
        # "Flight conf: RMPCZZ", "confirmation code H7KQ2M"
        "confirmation_code",
        "ID",
        r"\b(?i:conf(?:irmation)?)(?:[ \t]+(?i:code|number|no\.?|\#))?[ \t]*[:#]?[ \t]*"
        r"((?=[A-Z0-9]*[A-Z])[A-Z0-9]{6})(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("conf confirmation", 30),
        examples=(("Flight conf: RMPCZZ\nMeds:", "RMPCZZ"), ("return flight conf FHM4R5 6/8; cab", "FHM4R5")),
    ),
    Rule(
        # a reference that carries its own label in capitals, as a payer or a pharmacy prints it: "auth
        # from Tufts Health Plan AUTH 4693-2906", "Healthfirst auth CASE 508254" (the label is part of
        # what is read back on the phone; "REF 952321, lot ..." is a product's catalogue number)
        "labelled_reference",
        "ID",
        r"(?<![\w\-])((?:AUTH|CASE|CLM|INV)[ \-](?:\d{4}-\d{3,8}|\d{5,10}))(?![\w\-])",
        strong=True,
        gate=keywords("auth case clm inv", 16, cased=True),
        examples=(
            ("6. dx Z98.84, auth from Tufts Health Plan AUTH 4693-2906.\n-- HTR", "AUTH 4693-2906"),
            ("Healthfirst auth CASE 508254.\n[7:34 AM] Scheduler", "CASE 508254"),
        ),
    ),
    Rule(
        # a research participant's study number: "payment card for subject SLE-643", "Participant ID:
        # KNE-0396"; the number holds a digit, so "subject to change" is no identifier
        "study_subject_id",
        "ID",
        r"\b(?:subject|participant|enrollee)(?:[ \t]*(?:ID|\#|no\.?|number))?[ \t]*[:#]?[ \t]*"
        r"((?=[A-Z\-]*\d)[A-Z]{2,6}-?\d{2,6}(?:-\d{1,4})?)(?![\w\-])",
        re.I,
        group=1,
        strong=True,
        gate=keywords("subject participant enrollee", 30),
        examples=(
            ("Your payment card for subject SLE-643 was loaded $75.00", "SLE-643"),
            ("Participant ID: KNE0396 (knee study)", "KNE0396"),
        ),
    ),
    Rule(
        # a parcel's tracking number, in the groups a carrier prints: "Tracking 9400 1217 9194 3933 6593 53"
        "tracking_number",
        "ID",
        r"\b(?i:tracking)(?:[ \t]*(?:\#|no\.?|number))?(?:[ \t]+(?i:said|says|shows|is|was))?[ \t]*[:#]?[ \t]*"
        r"((?=[A-Z0-9 \t\-]*\d{4})[A-Z0-9]{2,}(?:[ \t\-]\d{2,6}){0,6})(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("tracking", 50),
        examples=(
            ("Status: delayed (weather). Tracking 9400 1217 9194 3933 6593 53\n", "9400 1217 9194 3933 6593 53"),
            ("UPS tracking # 1Z999AA10123456784 shows", "1Z999AA10123456784"),
            ("can the lab send a new one? tracking said 2024-35821. thanks", "2024-35821"),
        ),
    ),
    Rule(
        # an interpreter's job number or a voucher's, written without a number marker ("interpreter A.
        # Sahota, job 2025-41929", "is voucher 2025-73309 still ok?"): "job" and "voucher" are words, so
        # the value must have an identifier's shape, a year and a serial, six digits, or letters and digits
        "job_or_voucher_number",
        "ID",
        r"\b(?i:job|voucher|run)(?:[ \t]*(?i:\#|no\.?|number))?(?:[ \t]+(?i:is|was))?[ \t]*[:#]?[ \t]*"
        r"(\d{4}-\d{3,8}|\d{6,12}|[A-Z]{1,4}-?\d{4,9}[A-Z]?)(?![\w\-])",
        group=1,
        strong=True,
        gate=keywords("job voucher run", 30),
        examples=(
            ("Punjabi interpreter A. Sahota, job 2025-41929; ID checked", "2025-41929"),
            ("Your eyeglass voucher number is 175128. Take it to", "175128"),
            ("interpreter H. Mangat, job W85599A; ID checked", "W85599A"),
            ("I got an ambulance bill for L. Fang, run 2025-12376, from January 2", "2025-12376"),
        ),
    ),
    Rule(
        # a plate in brackets after the vehicle it belongs to: "Her car (9QPF057) was towed"
        "vehicle_in_brackets",
        "VEHICLE",
        r"\b(?i:car|truck|van|vehicle|suv|motorcycle|pickup)[ \t]*\(((?=[A-Z0-9\- ]*\d)(?=[A-Z0-9\- ]*[A-Z])[A-Z0-9][A-Z0-9\- ]{2,8}[A-Z0-9])\)",
        group=1,
        strong=True,
        gate=keywords("car truck van vehicle suv motorcycle pickup", 20),
        examples=(("Her car (9QPF057) was towed from the hospital garage", "9QPF057"),),
    ),
    Rule(
        # a Medicare Beneficiary Identifier by its published shape (11 characters, no S L O I B Z,
        # digits and letters in fixed places), as patients type it: any case, with or without dashes
        "medicare_mbi",
        "HEALTH_PLAN",
        r"(?<![\w\-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d(-?)[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d\1[AC-HJKMNP-RT-Y]{2}\d{2}(?![\w\-])",
        re.I,
        strong=True,
        gate=Anchor(r"[1-9][A-Za-z][A-Za-z\d]\d-?[A-Za-z]", 0, 16),
        examples=(("my new medicare card came, the number is 5ea7-ve6-am10 thx", "5ea7-ve6-am10"),),
    ),
    # unlabelled long identifiers: 7+ digits, or letters+digits (MRN00123456) not followed by units
    Rule(
        "long_number",
        "ID",
        r"""
        (?<![\w.,/\-])(?:[A-Z]{1,4}[\-]?)?\d{7,}
        (?![\w,/]|\.\d|\s*(?:/|per|cells|copies|IU|U/|mg|ml|mL|µ|x10|×|%))   # not a count with a unit
        """,
        re.X,
        gate=Anchor(r"\d{7}", 8, 40),
        examples=(("Patient identifier 84421973 was confirmed.", "84421973"),),
    ),
    Rule(
        "alnum_id",
        "ID",
        r"(?<![\w.\-/])(?=[A-Z0-9\-]*\d{5})(?=[A-Z0-9\-]*[A-Z]{1,})[A-Z]{1,5}-?\d{5,}[A-Z0-9\-]*(?![\w\-/])",
        gate=Anchor(r"[A-Z]-?\d{5}", 8, 40),
        examples=(("Specimen KX-48213 sent.", "KX-48213"),),
    ),
    Rule(
        "dashed_id",
        "ID",
        r"(?<![\w.\-/])\d{2,6}-\d{3,8}-\d{1,8}(?:-\d{1,8})?(?![\w\-/])",
        gate=Anchor(r"\d{2}-\d{3}", 8, 30),
        examples=(("Case 2024-00123-7 closed.", "2024-00123-7"),),
    ),
)
