"""What the sample world draws from: yearly volumes, weights per country, sector and partner,
and the parts company and person names are made of. Pure data."""

from __future__ import annotations

# Yearly new jobs (before noise of +-15): rising, slower in the covid year, below 1,000.
JOBS_PATH = {2018: 515, 2019: 590, 2020: 650, 2021: 720, 2022: 790, 2023: 870, 2024: 935,
             2025: 920}
CONTACTS_PER_YEAR = {2018: 230, 2019: 265, 2020: 205, 2021: 240, 2022: 285, 2023: 310,
                     2024: 330, 2025: 340}
BIDBOOKS_PER_YEAR = {2018: 26, 2019: 30, 2020: 24, 2021: 30, 2022: 36, 2023: 40, 2024: 44,
                     2025: 45}
COVID_YEARS = (2020, 2021)

FOCUS = ("DE", "GB", "CN", "HK", "IN", "JP", "TW", "US", "CA")
INVEST_COUNTRIES = {"US": 22, "DE": 14, "GB": 12, "CN": 9, "HK": 2, "JP": 8, "IN": 8, "TW": 5,
                    "CA": 4, "FR": 4, "KR": 3, "IL": 3, "SE": 2, "BE": 2, "CH": 2, "DK": 1,
                    "IE": 1, "ES": 1, "SG": 1, "AU": 1}
TRADE_COUNTRIES = {"DE": 30, "CN": 14, "HK": 3, "TW": 12, "US": 10, "GB": 8, "BE": 6, "FR": 5,
                   "SE": 3, "KR": 3, "CA": 3, "JP": 2, "IN": 1}
SECTORS_BY_COUNTRY = {
    "DE": {"ict": 4, "mobility": 3, "cleantech": 3, "lsh": 2, "gaming": 1},
    "GB": {"lsh": 6, "ict": 3, "business_services": 2, "gaming": 1},
    "CN": {"ict": 3, "cleantech": 3, "mobility": 2, "agrifood": 1, "lsh": 1},
    "HK": {"business_services": 2, "ict": 2, "logistics": 1},
    "IN": {"ict": 5, "lsh": 2, "business_services": 1},
    "JP": {"lsh": 4, "ict": 2, "mobility": 2},
    "TW": {"ict": 3, "agrifood": 2, "mobility": 2, "lsh": 1},
    "US": {"lsh": 5, "ict": 4, "gaming": 2, "business_services": 1, "cleantech": 1},
    "CA": {"ict": 3, "gaming": 2, "cleantech": 2},
}
DEFAULT_SECTORS = {"ict": 3, "lsh": 3, "cleantech": 2, "mobility": 1, "agrifood": 1, "gaming": 1}
TRADE_SECTORS = {"agrifood": 4, "cleantech": 4, "lsh": 3, "ict": 3, "gaming": 2, "mobility": 2,
                 "urban_planning": 1}

LEGAL = {"DE": ("GmbH", "AG"), "GB": ("Ltd", "plc"), "US": ("Inc.", "Corp.", "LLC"),
         "CA": ("Inc.", "Ltd."), "CN": ("Co., Ltd.",), "HK": ("Ltd.", "Holdings Ltd."),
         "IN": ("Pvt. Ltd.", "Ltd."), "JP": ("Co., Ltd.", "K.K."), "TW": ("Corp.", "Co., Ltd."),
         "FR": ("SAS", "SA"), "KR": ("Co., Ltd.",), "IL": ("Ltd.",), "SE": ("AB",),
         "BE": ("NV", "SA"), "CH": ("AG", "SA"), "DK": ("A/S",), "IE": ("Ltd",),
         "ES": ("S.L.",), "SG": ("Pte. Ltd.",), "AU": ("Pty Ltd",), "NL": ("B.V.",)}
PLACES = {"CN": ("Shenzhen", "Guangzhou", "Foshan", "Dongguan"), "TW": ("Taichung", "Taoyuan"),
          "JP": ("Osaka", "Kyoto"), "IN": ("Bangalore", "Pune")}
STEMS = (
    "Acme", "Nova", "Helix", "Quanta", "Vireo", "Lumen", "Orbis", "Zentra", "Axion", "Kestrel",
    "Solis", "Veritas", "Corvid", "Aurora", "Brightwave", "Celerion", "Dynamo", "Evergreen",
    "Fathom", "Granite", "Halcyon", "Ionix", "Juniper", "Kinetix", "Lodestar", "Meridian",
    "Nimbus", "Obsidian", "Paragon", "Quasar", "Redwood", "Sapphire", "Tessera", "Umbra",
    "Vantage", "Westbrook", "Xylem", "Yarrow", "Zephyr", "Altura", "Bluepeak", "Cobalt",
    "Deltavis", "Elara", "Fennec", "Gaialink", "Harbor", "Isotope", "Jadeite", "Kairos",
    "Lattice", "Mosaic", "Northstar", "Oakridge", "Pinnacle", "Quill", "Riverside", "Sequoia",
    "Tidal", "Unison", "Vector", "Willow", "Xenon", "Yotta", "Zenith", "Arclight", "Bramble",
    "Cinder", "Drift", "Ember", "Flint", "Glacier", "Horizon", "Indigo", "Jasper", "Kepler",
    "Lynx", "Marlin", "Nebula", "Onyx", "Polaris", "Radiant", "Summit", "Titan", "Upland",
    "Verdant", "Wren", "Sakura", "Lotus", "Jade Dragon", "Formosa", "Ganges", "Maple", "Rhein",
    "Isar", "Alster", "Thames", "Hudson", "Pacifica", "Sierra", "Cascadia", "Everest", "Orion")
SECTOR_WORDS = {
    "lsh": ("Therapeutics", "Biosciences", "Diagnostics", "Medical", "Pharma", "Health",
            "Biologics", "MedTech"),
    "ict": ("Software", "Data", "Systems", "Cloud", "Analytics", "Robotics", "Networks",
            "Digital", "AI"),
    "gaming": ("Games", "Studios", "Interactive", "Entertainment"),
    "cleantech": ("Energy", "CleanTech", "Solar", "Recycling", "Water", "Environmental",
                  "Hydrogen"),
    "agrifood": ("Foods", "AgriTech", "Seeds", "Greenhouse Systems", "Horticulture", "Nutrition"),
    "mobility": ("Mobility", "E-Mobility", "Charging", "Bikes", "Automotive"),
    "business_services": ("Consulting", "Financial Services", "Partners", "Services"),
    "urban_planning": ("Urban Solutions", "Smart City", "Engineering"),
    "logistics": ("Logistics", "Freight"),
}
NL_STEMS = ("Domstad", "Vecht", "Eemland", "Heuvelrug", "Kromme Rijn", "Lek", "Leidsche Rijn",
            "Nedereem", "Soester", "Zeister", "Houtense", "Bunnikse", "Van Dijk", "De Boer",
            "Amersfoortse", "Utrechtse", "Maliebaan", "Oudegracht", "Wijk bij Duurstede",
            "Grebbe", "Lopik", "Montfoort", "Baarnse", "Vinkeveen", "Rhenense", "Linschoten")
NL_WORDS = {"agrifood": ("Kassenbouw", "Tuinbouwtechniek", "Agro", "Zaden"),
            "cleantech": ("Recycling", "Waterzuivering", "Energietechniek", "Afvalsystemen"),
            "lsh": ("Zorgtechniek", "Medical", "Diagnostiek", "Farma"),
            "ict": ("Software", "Data", "Automatisering", "IT"),
            "gaming": ("Games", "Game Studio", "Interactive"),
            "mobility": ("Fietsen", "Laadpalen", "Mobility"),
            "urban_planning": ("Bouwadvies", "Stedenbouw", "Ingenieurs")}
SURNAMES = {"DE": ("Schneider", "Müller", "Weber", "Fischer", "Becker"),
            "GB": ("Smith", "Taylor", "Clarke", "Evans", "Hughes"),
            "US": ("Miller", "Johnson", "Garcia", "Brown", "Davis"),
            "CA": ("Tremblay", "Roy", "Campbell"), "CN": ("Chen", "Wang", "Li", "Zhang"),
            "HK": ("Wong", "Chan", "Leung"), "TW": ("Lin", "Huang", "Tsai", "Chang"),
            "JP": ("Tanaka", "Sato", "Suzuki", "Watanabe"), "IN": ("Patel", "Sharma", "Iyer"),
            "FR": ("Martin", "Dubois", "Laurent"), "KR": ("Kim", "Park", "Lee"),
            "IL": ("Cohen", "Levi"), "SE": ("Andersson", "Lindqvist"),
            "NL": ("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "de Jong")}
PHONE_CODES = {"DE": 49, "GB": 44, "US": 1, "CA": 1, "CN": 86, "HK": 852, "TW": 886, "JP": 81,
               "IN": 91, "FR": 33, "KR": 82, "IL": 972, "SE": 46, "BE": 32, "CH": 41, "NL": 31}
MUNICIPALITIES = {"Utrecht": 45, "Amersfoort": 10, "Nieuwegein": 10, "Zeist": 7, "Bunnik": 7,
                  "Houten": 6, "Veenendaal": 5, "De Bilt": 4, "Woerden": 4, "IJsselstein": 2}
PARTNERS = {"IU": 55, "UCIB": 25, "ABT": 12, "EBU": 8}
