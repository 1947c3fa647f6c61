/**
 * English texts of every coded message (import issues, row reasons). Placeholders:
 * `{name}` the parameter as given; `{name:field}` a field key shown as its label;
 * `{name:key}` a field key (kept as the key in English, its label in Chinese);
 * `{name:fields}` comma-separated field keys shown as labels; `{name:values}` comma-separated enum
 * value keys (kept as keys in English, their labels in Chinese); `{name:sheet}` a register sheet key
 * shown as its label; `{name:msg}` the parameter is itself a message code, rendered with the same
 * parameters (a value that is not a code is shown as it is).
 * Every code needs a text in en, zh-CN and zh-TW (the type of the other catalogues checks it).
 */
export const en = {
  // Sheets and tables
  "import.title-row": "Read as a title above the table; not imported.",
  "import.own-sheet": "Not imported: this sheet holds {what:msg}.",
  "import.no-header": "No header row was found in this sheet; its rows were not imported.",
  "import.no-header-very-hidden":
    "This sheet is very hidden (where systems keep their own data, such as an export's metadata) and has no header row; it was not imported.",
  "import.sheet-unrecognised":
    'This sheet was not recognised as a register sheet; its rows were not imported. Name its kind with a mapping such as "{sheet}!*=Clients".',
  "import.name-from-number":
    "No column names the clients: each row's client is named by its own number in {header}, which tells every row apart.",
  "import.required-unmapped":
    'No column maps to {field:field} ({field}), which every {registerSheet} row needs; its rows were rejected. Map a column with "{sheet}!Header={field}".',
  "what.issues-sheet": "the issues of an earlier import, not client data",
  "what.settings-sheet": "register settings, not client data",

  // Rows
  "import.row-rejected": "Row rejected: {reason:msg}",
  "import.planned-visit-next":
    "A planned visit on {date}, not one that happened ({why:msg}): its date became the next visit date of the visit on {visitOn} (row {row}).",
  "import.planned-visit-left-out":
    "A planned visit on {date}, not one that happened ({why:msg}): not imported as a visit, as no earlier visit of this client could take it as its next visit date; its content is kept here.",
  "import.planned-visit-kept":
    "A planned visit on {date}, not one that happened ({why:msg}): this client has no earlier visit to take it as its next visit date, so it was kept on its date; the register reads a visit dated after today as the next one planned, not as one made.",
  "reason.planned-marked": "marked as planned",
  "reason.planned-future": "dated after the day of the import",
  "reason.planned-not-done": "only its planned date is written, its actual date is blank",
  "import.row-skipped": "Row skipped: {reason:msg}.",
  "reason.total": "subtotal or total row",
  "reason.section": "section label",
  "reason.note": "a note or placeholder, not a record",
  "reason.key-not-in-master": 'its number names no client of "{master}", the sheet it adds to',
  "reason.empty-slot":
    "a row naming no one: only a running number and values its columns repeat on many rows",
  "reason.memo-line":
    "the rest of the memo of the record above (its text was added to that record's notes), not a record",
  "reason.test-entry":
    'a test or sample account (its name is a test word and nothing else, or marks the row as a test: "test kiran", "test2", "(Sample Contact)"), not a client',
  "reason.unused-account":
    'an account its name says must not be used ("DO NOT USE"): closed or replaced, not a client',
  "reason.mailing-list":
    "a mailing list (its name is several e-mail addresses written to at once), a group of people, not one client",
  "reason.no-one":
    "an account that stands for no one in particular (cash sales, walk-in, an anonymous or guest user, a name left out as XXX), not a client",
  "reason.anonymous-visitor":
    "no name, and its nickname says the user gave none (anonymous): an anonymous visitor, not a client",
  "reason.nameless-line":
    "no name, and no phone, e-mail or number to tell anyone by, in a list whose other rows name their people: a line about no one (a sale, a sum, a note), not a client",
  "reason.number-only":
    "no name, only a phone, e-mail or number, in a list whose other rows name their people: a row naming no one (a mailing-list address, an account left unnamed), not a client",
  "reason.lookup-errors":
    "every cell holds a formula error (#N/A): a lookup that found nothing, no client",
  "reason.unfilled-stub":
    "no name and none of the details the named rows carry, only a number and what the list writes on every line: a row nobody filled in, not a client",
  "reason.nickname-only":
    "no name, only a nickname, and no phone, e-mail or number to reach or tell the person by: a visitor, not a client",
  "reason.cancelled":
    "a cancelled visit (its reason for cancelling is written): it did not take place",
  "reason.hint": "a template's hint (required / optional / format / example), not a record",
  "reason.partner-address": "an address of {company} ({type}), not a client",
  "reason.repeated-header": "repeated header row",
  "reason.continues-rejected": "it continues row {continues}, which was rejected.",
  "reason.required-columns-missing": "no column holds the required {fields:fields}.",
  "reason.required-empty": "{field:field} ({column}) is empty.",
  "reason.required-unreadable": "{field:field} ({column}): {problem:msg}",
  "import.column-filled-down":
    "Column {column}: {count} blank cells (rows {first}–{last}) were filled from the row above; each of those rows belongs to the client named above it.",
  "import.column-merged-down":
    "Column {column}: {count} cells of merged ranges (rows {first}–{last}) were read as the value written at the top of their range.",
  "import.client-filled-down":
    "The client cell is blank; the row was linked to the client of row {previousRow} above it.",
  "import.continuation-conflict":
    "This row continues the client of row {mainRow} but gives another {field:key}; kept {kept}, the other value was put in notes.",

  // Cells
  "value.unreadable-kept": "{problem:msg} The cell was left empty and its value kept in notes.",
  "value.unreadable-kept-column":
    "{problem:msg} The cell was left empty and its value kept in the column {extra}.",
  "value.unreadable": "{problem:msg} The cell was left empty.",
  "value.warning": "{problem:msg}",
  "value.column-kept":
    "Column {column}: {count} values could not be read, as this one: {problem:msg} Each such cell was left empty and its value kept in notes. Values: {values}; rows {rows}.",
  "value.column-kept-extra":
    "Column {column}: {count} values could not be read, as this one: {problem:msg} Each such cell was left empty and its value kept in column {extra}. Values: {values}; rows {rows}.",
  "value.column-warning":
    "Column {column}: {count} values have a warning, as this one: {problem:msg} Values: {values}; rows {rows}.",
  "value.below-min": "The value {value} is below the smallest allowed, {min}.",
  "value.above-max": "The value {value} is above the largest allowed, {max}.",
  "value.year-from-title":
    "Column {column}: {count} dates written without a year (e.g. {example}) were read in {year}, the one year the sheet's title gives.",
  "value.roc-column":
    "Column {column} is dated in Republic of China (民國) years ({evidence}); its two- and three-digit years were read as ROC years (113 → 2024).",
  "value.period-annualised":
    "Column {column} gives its amounts for part of a year (its header says so); the register keeps a year's amount, so they were stored ×{factor} (such as {value} → {annual}).",
  "value.risk-scale-assumed":
    'Column {column} gives risk as numbers and its header names no scale; its highest step is {highest}, so they were read as steps of a 1–{top} scale ({bands}: conservative / moderate / aggressive). Write the scale in the header (such as "Risk (1-7)") if it is another.',
  "value.percent-column":
    "Column {column} gives its shares as whole percents (0 to 100), so they were read as percents (such as {value} → {percent}%).",
  "value.two-digit-years":
    "Column {column} writes its other dates with four-digit years; its two-digit years that can only be years (such as {example}) were read as 1950–2049.",
  "value.short-years-first":
    "Column {column} writes its dates year first with two digits (such as {example}): the first two digits stay the same down the column while the last run through the days, so they were read as the years 1950–2049.",
  "value.premium-annualised":
    "The premium {value} is paid {frequency}; the register keeps a year's premium, so it was stored as {annual}.",
  "value.loan-negative":
    "A loan was written as a positive balance ({value}); the register keeps loans as negative market values, so it was stored as −{value}.",
  "raw.empty-cell": "an empty cell",
  "raw.invalid-date": "an invalid date",
  "raw.unreadable": "an unreadable value",
  "value.date-serials":
    "Column {column} holds numbers without a date format; they were read as Excel date serials ({system} date system), e.g. {example} → {iso}.",
  "value.term-not-years":
    "The term {value} is not a whole number of years; it was kept as written, not converted.",
  "value.id-number-checksum":
    "The ID number {value} fails its check digit; it was kept as written, please check it.",
  "value.birthday-from-id":
    "{count} blank birthdays were taken from the ID numbers in {column} (their check digit holds).",
  "value.id-number-checksum-column":
    "{count} ID numbers in {column} fail their check digit (e.g. {examples}); they were kept as written, please check them.",
  "value.credit-code-checksum":
    "The unified social credit code {value} fails its check character (GB 32100); it was kept as written, please check it.",
  "value.id-number-as-number":
    "The ID number {value} was stored as a number, so digits may have been lost; please check it.",

  // Column mapping
  "map.no-record-subject":
    'No column says whom these {registerSheet:sheet} records are about: {headers:quoted} could each be the client. If one is, name it with a mapping such as "{sheet}!{header}=client".',
  "map.override-ignored": "The mapping override for this column was ignored: {why:msg}.",
  "map.override-taken": 'another column is already mapped to "{override}"',
  "map.override-unknown": '"{override}" is not a field of the {registerSheet} sheet',
  "map.unit-ambiguous":
    "The unit in this header is ambiguous ({unit:msg}); its values are kept in notes, not guessed.",
  "map.row-numbers":
    "This column holds running row numbers; they were not imported (the source row is given in every issue).",
  "map.unmapped-notes":
    'This column maps to no {registerSheet} field; its values were added to notes as "{header}: value".{doubt:opt}',
  "map.unmapped-extra":
    'This column maps to no {registerSheet} field; its values were kept in an extra column "{extra}".{doubt:opt}',
  "map.doubt":
    " It looked like {near:key} (confidence {nearConfidence}), but not enough: {why1:msg}.",
  "map.doubt-2":
    " It looked like {near:key} (confidence {nearConfidence}), but not enough: {why1:msg}; {why2:msg}.",
  "map.no-register-sheet":
    'The mapping "{mapping}" names no register sheet; use one of {sheets}, or "-" to leave the sheet out.',
  "map.unit-zhao": "兆 can mean a million (10^6) or a trillion (10^12)",
  "map.why.header-is": 'header "{header}" is a {field:key} heading ({confidence})',
  "map.why.header-resembles": 'header "{header}" resembles a {field:key} heading ({confidence})',
  "map.why.header-elsewhere": "the header is exactly {otherSheet}.{otherField} of another sheet",
  "map.why.subject": "the header names the row's subject",
  "map.why.owner": "the header names a person responsible",
  "map.why.system-user":
    "the header names the user who entered or changed the record: a column naming the owner comes first",
  "map.why.contact": "the header names a contact person",
  "map.why.values-contradict": "values contradict it: {values:msg}",
  "map.why.values-agree": "values agree: {values:msg}",
  "map.why.placeholder-header":
    'read by values: the header "{header}" is a control name or a placeholder, not a header',
  "map.why.values-only": "values: {values:msg}",
  "map.values.phone": "{share} phone numbers",
  "map.values.email": "{share} e-mail addresses",
  "map.values.date": "{share} dates",
  "map.values.words": "{share} known {field:key} words",
  "map.values.serial": "a running serial",
  "map.values.distinct": "{share} distinct",
  "map.values.text": "{text} text, {numbers} numbers, {dates} dates",
  "map.values.numbers": "{share} numbers",
  "map.values.address": "{share} addresses",
  "map.values.id-number": "{share} ID numbers",
  "map.values.birthdays": "{share} dates 18 to 100 years ago, rarely repeating (birthdays)",
  "map.values.recent-dates": "{share} dates of the last 15 years (when the client came)",
  "map.values.person": "{share} person names",
  "map.values.ranges": "{share} ranges or bands (20-50万, 50万以上), kept as written",
  "map.values.company": "{share} company names",
  "map.why.short-codes":
    "the values are short codes (C0005, T0021): too short for any identity document's number; kept in notes unless mapped with --map",
  "map.why.rounded-numbers":
    "{share} of the values are long numbers kept only as a spreadsheet showed them (2.1E+14), their further digits lost: such a number stands for many and matches no one, so it is never the client's number; kept in notes unless mapped with --map",
  "map.why.names-no-one":
    "{share} of the values are {kind:msg} ({examples}): they name no person or firm, so the column cannot say whom a row is about; kept in notes unless mapped with --map",
  "map.no-one.opaque": "keys a system made up (UUIDs, hashes)",
  "map.no-one.bands": "bands a person ticks (an age group, a price class)",
  "map.no-one.countries": "names of countries",
  "map.no-one.periods": "months or quarters (January, Q3)",
  "map.why.masked-numbers":
    "{share} of the values are numbers with digits hidden (004-613-****92157): a masked account or card number matches no one, so it is never the client's number; kept in notes unless mapped with --map",
  "map.why.in-charge-contact":
    "{distinct} different people on {rows} rows: each client's own person in charge (their contact), not a member of staff looking after many clients",
  "map.why.staff-by-repetition":
    "{distinct} people's names over {rows} client rows, each standing for {each} clients on average: a member of staff looking after many clients (the owner)",
  "map.why.owner-superior":
    '"{header}" names the superior of the staff in {staff} (each of them always under the same one): the staff member, not the superior, looks after the client',
  "map.why.staff-under-superior":
    '{distinct} people on {rows} rows, each always under the same "{header}": the member of staff each client is assigned to (the owner)',
  "map.why.owner-fewer-clients":
    '"{header}" names fewer clients per person, or no people, than {staff}: that column names the staff looking after the clients',
  "map.why.in-charge-owner":
    "{distinct} people on {rows} rows, each on many: a member of staff looking after many clients (the owner)",
  "map.why.lead-temperature":
    "the values grade how keen a lead is (Hot / Warm / Cold, 意向): kept in notes",
  "map.why.product-category": 'header "{header}" names the product: the complaint\'s category',
  "map.why.complaint-type":
    'header "{header}" names what went wrong, beside the product: the complaint\'s description unless another column gives it',
  "map.why.override": "set by the caller's mapping",
  "map.why.remembered":
    "chosen by hand at an earlier import of this layout (remembered by the register)",
  "map.why.staff-ids":
    'its values are the ids of the staff listed on "{sheet}", each serving several clients',
  "map.why.record-key":
    "\"{of}\" names the record and this column is the exporting system's key for it (a CRM's lookup id): not a register id, kept in notes",
  "map.why.account-party":
    "gives the {field:field} of the client made from the account each person works at ({subject})",
  "map.why.subject-client":
    "gives the {field:field} of the {registerSheet:sheet} record made from the client each row names ({subject})",
  "map.why.balance-asset":
    "a balance: each client's latest figure becomes an {registerSheet:sheet} record ({field:field}), and the column also stays in notes",
  "map.why.deal-party":
    "gives the {field:field} of the {registerSheet:sheet} record made from whom each deal is with ({subject})",
  "map.why.numbered-group":
    "the same header as {first} under another number: each filled group is a {registerSheet:sheet} record of its own, read as {first} is",
  "map.why.review-date":
    "the header names a date of contact with the client: read into the visits sheet ({field:field}), one visit for each client row with a date",
  "map.why.relative":
    "the header names the client's {relation:msg}: read into the family sheet ({field:field}), one member for each relative a row names",
  "relation.spouse": "spouse",
  "relation.child": "child",
  "relation.father": "father",
  "relation.mother": "mother",
  "relation.parent": "parent",
  "relation.sibling": "sibling",
  "map.why.dependant-row":
    "the column is filled only on rows whose member's own name or number is blank: a dependant of the member above, written to the family sheet ({field:field})",
  "map.why.actual-over-plan":
    "the sheet writes the plan beside what happened: this column is what happened, the visit's {field:field} (the plan, {plan}, stays in notes)",
  "map.why.plan-twin":
    "the plan beside what happened ({actual}): kept in notes; a row with only the plan filled is a visit still planned, not one made",
  "map.why.household-relation":
    "the list is kept by household: each relative's relation to the client above goes to the family sheet ({field:field})",
  "map.why.household-name":
    "the list is kept by household: the client's name on the client's own row (self, head), a relative's name in the family sheet ({field:field}) on the others",
  "map.why.held-products":
    "the header names the insurance the client already holds: one policy for each type a cell lists, on the insurance sheet ({field:field})",
  "map.why.tier-column":
    "the header and values name a tier a person gave the client: it goes to the Tiers sheet as the client's {field:field}, with the value as written as its reason",
  "map.why.staged-party":
    '"{header}" names a different party on most rows beside how far each deal has got: the party each deal is with',
  "map.why.drawn-client":
    'its values name the records of "{sheet}": each row\'s client, not a new prospect',
  "map.why.contact-column":
    "the header names a contact person of the company ({contact}): read into the Contacts sheet as their {field:field}, linked to the client",
  "map.why.held-policy-column":
    "read with the insurance held (column {products}) as the policies' {field:field}",
  "map.why.row-numbers": "values run 1, 2, 3 … down the rows: row numbers, not an identity",
  "map.why.error-values": "every value is a formula error ({example}): nothing to read",
  "map.why.name-many-ids":
    'one name stands beside many numbers of {id} ("{name}" beside {count}): a person handling the rows, not the client',
  "map.why.address-types":
    "\"{header}\" holds Odoo's address types (Contact, Invoice Address …): what a row is, not the client's kind or address",
  "map.why.repeats-name":
    '"{header}" repeats each row\'s name (the name itself, or the name and a person): nothing of its own',
  "map.why.user-names":
    '"{header}" holds people\'s names: the users who look after the clients (their salesperson)',
  "map.why.do-not-modify":
    'header "{header}" marks a system\'s own column (record id, checksum, time stamp), not for people',
  "map.why.side-note": "a note beside the table (\u201c{header}\u201d), not a column",
  "map.why.transaction":
    "changes between one buyer's lines: it describes each transaction, not the client, and is left out of the notes",
  "map.why.hidden": "hidden in the source: a person reading the sheet does not see it",
  "map.why.names-something": 'header "{header}" names something',
  "map.why.name-every-row":
    'header "{header}" names something on every row ({filled} of {rows}): the row\'s name',
  "map.why.second-name":
    'a name on {filled} of {rows} rows only, where "{header}" names every row: a second name (notes)',
  "map.why.distinct-subject": "{distinct} distinct values over {filled} rows: the row's subject",
  "map.why.only-naming": 'header "{header}" is the only one naming something',
  "map.why.names-person": 'header "{header}" names a person',
  "map.why.person-beside": 'header "{header}" names a person beside the subject',
  "map.why.many-rows":
    "{distinct} distinct names over {filled} rows: a person responsible for many rows",
  "map.why.attached": "a person attached to the row",
  "map.why.insured-client": "no policyholder column: the insured is the client",
  "map.why.income-persons": "the kind column says the clients are persons: their own income",
  "map.why.income-personal-ids": "the ID column holds personal ID numbers: the clients' own income",
  "map.why.income-sex-column":
    "a sex column is filled on most rows: the clients are persons and this is their own income",
  "map.why.employer-nature-persons":
    "the clients are persons: this is the kind of employer they work for, not a company's nature",
  "map.why.name-part": 'header "{header}" is part of a person\'s name: joined with the other part',
  "map.why.name-initial-by-values":
    "columns {given}, {initial} and {family} read as a person's name on {people} of {rows} rows: given name, middle initial and family name, joined",
  "map.why.name-parts-by-values":
    "columns {given} and {family} together read as a person's name on {people} of {rows} rows, neither alone: given and family name, joined",
  "map.why.twin-text":
    "{other} holds the same {field} text on the rows both fill, and each fills rows the other leaves empty: joined, the same text read once",
  "map.why.organisation-is-client":
    'the values of "{header}" are organisations\' names: the organisation is the client, the person in "{person}" someone there',
  "map.why.number-of-people-met":
    "numbers the people in {person}, several to one client in {client}: not the client's number",
  "map.why.company-is-client":
    'header "{header}" names the client\'s company: the company is the client, the person in "{person}" someone there',
  "map.why.person-at-client":
    'header "{header}" names the client\'s person met at the visit: an attendee',
  "map.why.attendees-part":
    'header "{header}" also names people at the visit: joined with the other attendees',
  "map.why.owner-among-clients":
    "{share} of its names are clients of this list: who brought the client in, not who looks after them",
  "map.why.company-no-employer":
    "the clients are companies, which have no employer: this names another organisation (a parent or group)",
  "map.why.alternate-name":
    "the header names the subject's name spelt another way (another language, a former name): a plainer name column comes first",
  "map.why.category-over-product":
    'the header names the category in its own words: it is the category, and the product column "{header}" stays in notes',
  "map.why.product-beside-category":
    'the product, beside a column headed for the category ("{header}"): kept in notes as written',
  "map.why.insured-number-client":
    "the policies name no policyholder and no insured by name: the insured's number \"{header}\" is the client's",
  "map.why.net-premium":
    "the header names a net premium (after commission or reinsurance): a gross or plain premium column comes first",
  "map.why.company-no-occupation":
    "the clients are companies, which have no occupation: this is their contact person's post",
  "map.why.people-at-organisations":
    "no header: {organisations} organisations ({share} read as firms' names) for {people} people, each on a row of their own with a post or a department, so each person is a contact of that client",
  "map.why.organisation-people-header":
    'the people under "{person}" are named with the organisation each works at ("{header}": {firms} organisations for {people} people, several people at one of them), and the header calls them contacts, so each person is a contact of that client',
  "map.why.organisation-people-order":
    '"{header}" names the organisation each person works at, written before the person and shared by several of them ({firms} organisations for {people} people), so each person is a contact of that client',
  "map.why.firm-people":
    'the firm "{header}" names stands over several people of its own ({firms} firms for {people} people), each on a row with their own details, so each person is a contact of that client',
  "map.why.contacts-account":
    'a contacts export: the people work at the accounts "{header}" names ({accounts} accounts for {people} people), so each person is a contact of that client',
  "map.why.person-described":
    "the row is a person's: {fields:quoted} describe a person (an ID number, a birthday), never a company",
  "map.why.second-employer":
    'the clients are persons and "{header}" names a company too, but {employer} already says where each one works: kept in the notes',
  "map.why.employer-number":
    "the clients are persons and {employer} their company: \"{header}\" is the company's number, not the client's",
  "map.why.number-of-some":
    '"{header}" holds a number on only {share} of the rows, while {own} gives every client one: it numbers something some clients have, not the client',
  "map.why.own-number":
    "no column is the client's number, and \"{header}\" numbers the rows' clients ({distinct} distinct codes over {filled} rows, not a running serial): the number the list is kept by",
  "map.why.number-many-people":
    "{count} of its numbers (such as {example}) stand on rows of different people, with other names and other ID numbers or e-mail addresses: it numbers something they hold, not the client",
  "map.why.name-joined-to-number":
    "{whole} is this name with the client's number {number} in front on nearly every row: this is the name the client is known by",
  "map.why.number-and-name":
    "only {number} and {name} joined (a formula's copy): kept in the notes",
  "map.why.employer-of-persons":
    'the clients are persons and "{header}" names a company: where each one works',
  "map.why.name-on-more-rows":
    "names the client on {filled} rows, where {other} is filled on {few} only: this is whose each row is",
  "map.why.name-on-few-rows":
    "filled on {filled} of {rows} rows only, where {subject} names the client on nearly every row: a detail of those rows",
  "map.why.firm-rows":
    'every row naming a person in "{person}" names a company in "{header}" as well, and {firmOnly} of its {firmRows} rows name the company alone: the rows are about the companies',
  "map.why.firm-leads":
    '"{header}" comes before the person in "{person}" and names a different company on each row: the rows are about the companies',
  "map.why.firm-contact": 'the person to contact at the company in "{firm}"',
  "map.why.contact-is-client":
    'a list of people added by staff (WeCom / WeChat): "{header}" is the client, a person, and "{company}" where they work',
  "map.why.same-address":
    "the same address on {share} of the rows: the keeper's own, after a column of the clients' addresses",
  "map.why.deal-money":
    "the only amount of the deals whose header states a currency ({unit}): what each deal is worth",
  "map.why.revenue-companies":
    "the clients are companies, which have no personal income: the revenue they bring",
  "map.why.visit-notes-discussed":
    "a visit log whose only notes column says nothing else was written down: it is what was discussed",
  "map.why.phone-fallback":
    'header "{header}" is another phone number of the same client: the phone where "{primary}" is blank, else kept in notes',
  "map.why.registered-address":
    'an address on the household register beside the one the client lives or gets post at ("{header}"): kept in notes',
  "map.why.company-with-contact":
    'header "{header}" names a company on every row beside its contact: the company is the client',
  "map.why.phone-fullest":
    "the column with phone numbers on the most rows of a sheet without headers: the phone, the other phone columns only where it is blank",
  "map.why.phone-ranked-first":
    'header "{header}" says it is the first phone column: the phone, the other phone columns only where it is blank',
  "map.why.phone-mobile":
    'header "{header}" names a mobile number: the phone, the other phone columns only where it is blank',
  "map.why.call-number":
    "a phone number on every row of a call log, and no column names the client: the number reached names him",
  "map.why.call-moment":
    "a date with its time of day on every row of a call log: when the call was made",
  "map.why.call-outcome":
    "each call's outcome in a word (reached or not) on a call log: how the call went",
  "map.why.call-said": "the longest free text of a call log: what was said on the call",
  "map.why.phone-length":
    "{share} of the values are ten or eleven digits and nothing else, a phone's length and no identity document's: a phone number",
  "map.why.mostly-zero":
    "{share} of the values are zero: another column of the same field that holds amounts comes first",
  "map.why.calendar-years":
    "{share} of the values are calendar years (2019, 2025): a year something happened, not a term",
  "map.why.phone-part":
    'header "{header}" is another phone number of the same client: joined with the phone',
  "map.why.compliance-risk":
    "the sheet reviews clients for money laundering (PEP, UBO, sanctions): this risk rating is the bank's, not the client's risk appetite",
  "map.why.masked-phones":
    "{share} of the numbers are masked (138****1234): kept as written, never used to tell clients apart",
  "map.why.month-day":
    "{share} of the birthdays have no year (03-15): those stay in notes, no year is made up",
  "map.why.address-part":
    'header "{header}" names a part of the address: joined with it in the local order',
  "map.why.date-part":
    'header "{header}" names the {part:msg} of a date written over three columns: read with the other two',
  "map.date-part.year": "year",
  "map.date-part.month": "month",
  "map.date-part.day": "day",
  "map.why.row-own-number":
    "a different number on each row while the names in {name} come back: the row's own number, not the client's",
  "map.why.region": 'header "{header}" names a region: joined with the address',
  "map.why.address-continues":
    "no header: its values (a town, a postcode or a state) continue the address beside them",
  "map.why.place-values": "{share} of its values name places: joined with the address",
  "map.why.attached-is-subject":
    'no column names the row\'s subject, and "{header}" names a different person on each row: the client',
  "map.why.record-subject":
    'header "{header}" names whom each record is about ({distinct} different names over {filled} rows): the client',
  "map.why.group-holder":
    "column {header} has no header; its {filled} names each stand on the first row of a group ({groups} groups) and are left blank below: each group's records are the one named at its top, the client",
  "map.why.names-by-values":
    "no header names the row's subject; \"{header}\" holds names of people or firms, {distinct} different over {filled} rows: the client's name",
  "map.why.key-by-values":
    "no header names the client's number; \"{header}\" stands first with a different code on every row ({distinct} over {filled} rows): each client's own key",
  "map.why.first-names":
    'no header names the row\'s subject; "{header}" is the first column of distinct names',
  "sheet.why.pivot": 'it holds pivot-table labels such as "{label}"',
  "sheet.why.dashboard": 'its name "{name}" says it is a dashboard',
  "sheet.why.cluster": "its header {headers:quoted} and figures describe groups, not clients",
  "sheet.why.catalogue":
    "its headers {headers:quoted} describe products, and no column names clients",
  "sheet.why.header-only": "it has a header row and no rows under it",
  "sheet.why.order-lines":
    'its headers {headers:quoted} describe items sold, and the buyer in "{header}" comes back on many lines ({buyers} buyers over {rows} rows): an order book, one row per item sold',
  "sheet.why.claims":
    "its headers {headers:quoted} record insurance claims against policies, one row per claim: no register sheet holds claims",
  "sheet.why.transactions":
    "its headers {headers:quoted} record sales or orders, one row per transaction",
  "sheet.why.supplier-names":
    "{column} names the suppliers of sheet {sheet} ({count} of its {total} parties): its rows are about suppliers, not clients",
  "sheet.why.suppliers":
    "its rows are purchases ({evidence:quoted}): {column} names the suppliers they were bought from, not clients",
  "sheet.why.trades":
    'its rows are trades, not holdings: "{first}" × "{second}" makes "{amount}" on {rows} rows, and the money goes both ways (bought and sold)',
  "sheet.why.periods": "its columns are periods ({headers:quoted}) holding figures",
  "sheet.why.progress":
    "{count} of its columns are a numbered series of tasks ({headers:quoted}) marked on each row: the progress of people working through them, not clients",
  "sheet.why.checklist":
    "{count} of its columns hold only ticks and crosses ({marks:quoted}): a checklist of work done on each row",
  "sheet.why.flags": "{count} of its columns hold only 0 and 1 flags",
  "sheet.why.summary-name": 'its name "{name}" and its mostly numeric cells make it a summary',
  "sheet.why.form-lines":
    "its labels {headers:quoted} are written again on each of {forms} forms with one line of values under them: each form's own details, not a list of records",
  "sheet.why.aggregates": "its headers {headers:quoted} count and sum, one row per group",
  "sheet.why.place-figures":
    "its rows are places ({places:quoted}) measured by figures ({figures:quoted}), and nothing reaches or numbers anyone: statistics per place, not clients",
  "sheet.why.dropdown-lists":
    "its columns {headers:quoted} are lists of choices, each its own list of distinct words ending at its own row, not records",
  "sheet.why.lookup": "it is a short list of one or two columns of labels or codes",
  "sheet.why.place-table":
    'its name "{name}" says its rows are places, and none names a client or a way to reach one: a lookup of places, not clients',
  "sheet.why.lookup-name":
    'its name "{name}" and its few columns of short words or codes make it a list of choices, not clients',
  "sheet.why.field-list":
    'its column "{header}" gives each row a data type (text, number, date): the rows are the fields of a form or a table, not records',
  "sheet.why.field-names":
    'its column "{header}" names a field of a program on each row (ride_0, cust_id) beside what each means: a field dictionary describing another file\'s columns, not records',
  "sheet.why.settings": "its columns {headers:quoted} are settings: each row a key and its value",
  "sheet.why.workbook-parts":
    "its column lists parts of the workbook itself ({names:quoted}): the headings of its other tables or ranges of its cells, the workbook's machinery, not records",
  "sheet.why.sheet-index":
    "its column lists the workbook's other sheets ({names:quoted}): it is an index of the workbook",
  "sheet.why.metrics": "its rows are measures ({labels:quoted}) with their figures, not records",
  "sheet.why.projection":
    "its rows count up one year at a time ({headers:quoted}: {from} … {to}) beside columns of figures: a year-by-year projection of one policy or plan, not records",
  "sheet.why.ledger-headings":
    'its column "{header}" holds an account book\'s headings ({examples:quoted}): where money goes or comes from, not people or firms, and no column names or reaches anyone',
  "sheet.why.points":
    'its column "{header}" gives points added or taken (+500, 扣200): the rows are the rules of a scoring scheme, not records',
  "sheet.why.bands":
    'its rows are bands from "{low}" to "{high}", each starting where the one above ends: a price or rate table, not clients',
  "sheet.why.client-repeats":
    "the same client number ({header}) comes back on many rows, each with a date ({date}) and an amount ({amount}): one row per transaction",
  "sheet.why.party-repeats":
    'the same parties named in "{header}" come back on many rows, each with a date ({date}) and an amount ({amount}), while "{sheet}" lists the clients once each: one row per transaction, no new clients',
  "sheet.why.staff":
    "its headers {headers:quoted} describe colleagues (departments, positions, staff numbers), not clients",
  "sheet.why.logins":
    "its headers {headers:quoted} are login names and passwords: a list of user accounts, not clients",
  "sheet.why.shared-password":
    'nearly every row of column "{header}" holds the same password: the initial password of user accounts to be set up, the organisation\'s own users, not clients',
  "sheet.why.staff-logins":
    "its headers {headers:quoted} are the names people sign in with beside their posts or departments: the organisation's own system users, not clients",
  "sheet.why.own-unit-names":
    "{column} names the shops or branches sheet {sheet} lists as the organisation's own ({count} of its {total} names): its rows are those units, not clients",
  "sheet.why.own-units":
    'its rows are units named in "{header}" with what only their owner writes of them ({evidence:quoted}: how each is run, when it opened, its floor area, whether it trades): the organisation\'s own shops or branches, not clients',
  "sheet.why.founders":
    "column {header} gives each person's role in one organisation, its founders among them ({roles:quoted}), and no column names the firms they work for: the organisation's own team, not clients",
  "sheet.why.staff-evidence":
    "its name, headers and values ({evidence:quoted}) describe the organisation's own people (departments, posts, extensions), not clients",
  "sheet.why.staff-serving":
    'its people are the staff "{sheet}" names in "{header}" as the clients\' managers: the firm\'s own staff, not contacts',
  "sheet.unsure.summary":
    'unsure whether it is {registerSheet:sheet} ({score}) or {runnerUp:msg}: {why:msg}. If it is {registerSheet:sheet}: --map "{sheet}!*={target}"',
  "sheet.unsure.summary-behind":
    'unsure whether it is {registerSheet:sheet} ({score}): {runnerUp:msg} reads higher, as {why:msg}. If it is {registerSheet:sheet}: --map "{sheet}!*={target}"',
  "sheet.unsure.few-named": 'only {named} of its {rows} rows name anyone in "{header}"',
  "sheet.unsure.no-subject": "no column names whose each of its {rows} rows is",
  "sheet.unsure.key-only": 'its {rows} rows give a key in "{header}" and nothing else of a client',
  "sheet.unsure.no-holder":
    "none of its {rows} rows says whose holding it is (no client's name or number)",
  "sheet.unsure.no-policy":
    'its {rows} rows give a client only by "{header}" and nothing of a policy (no policy number, cover, insurer, insured or term): figures keyed by a number, no one\'s policies',
  "sheet.unsure.evidence":
    "its rows speak against client data (evidence {evidence}, below {margin}), most of all {against:msg}",
  "sheet.evidence.figures": "{share} of its columns hold figures",
  "sheet.evidence.periods": "{share} of its columns stand for periods (months, years)",
  "sheet.evidence.identifiers":
    "{share} of the names it lists are names of fields (Cust_Id, Customer Name)",
  "sheet.evidence.dated":
    "{share} of the names it lists open with a day (20240102): rows kept by the day, a series of figures",
  "sheet.evidence.standIns":
    "{share} of its names stand in for no one (John Doe, Test Customer, Cash Customer)",
  "sheet.evidence.headerless": "it has no header row",
  "sheet.evidence.othersNotData": "{share} of the workbook's other tables are no register data",
  "sheet.evidence.nothing": "nothing in its rows names or reaches anyone",
  "sheet.unsure.weak-class": "its headers hardly speak for any register sheet",
  "sheet.unsure.runner-up-none": "not register data ({runnerUpScore})",
  "sheet.unsure.runner-up-sheet": "{runnerUpSheet:sheet} ({runnerUpScore})",
  "kind.unsure": "a table it cannot read with confidence",
  "import.sheet-unsure": "Not imported, {reason:msg}",
  "mapping.unsure": "{where}: not imported, {reason:msg}",
  "sheet.why.plans-on-offer":
    "its rows give covers' terms (sum insured, premium, term) but name no client, no insured, no policy number and no date a cover runs from or to: plans on offer compared, not policies anyone holds",
  "sheet.why.no-client":
    'its rows name no client, while "{sheet}" beside it lists the same kind of rows for each client: reference data, not holdings',
  "sheet.why.breakdown":
    'its figures ({figures:quoted}) are those of "{sheet}", which lists the clients, here split by "{header}" instead: the same business by product, month or region, not clients',
  "sheet.why.replaced":
    'its rows point in "{header}" at records of "{sheet}" that started later ({rows} rows): earlier terms those replaced, not live records — importing them would add each one again',
  "sheet.why.profile-of":
    'its rows are the clients of "{sheet}" and none of its other columns is a register field: a profile kept beside the list, not client records',
  "sheet.why.same-people":
    "most of the people it lists are on the client list \u201c{list}\u201d already: drawn from it, no one new",
  "sheet.why.instructions":
    "its rows describe how to fill in each field ({header}: required or optional), they hold no records",
  "sheet.why.hidden-copy":
    'a hidden sheet whose rows are records of "{source}" again ({found} of the {count} values of its column {column} name rows there): the source a pivot table or report reads, imported once from "{source}"',
  "sheet.why.hidden-rows":
    'a hidden sheet whose rows stand on "{source}" cell for cell ({found} of its {count} rows): the source a pivot table or report reads, imported once from "{source}"',
  "sheet.why.rows-copy":
    'its rows stand on "{source}" cell for cell ({found} of its {count} rows), and nearly all of that sheet\'s rows stand here: a copy, imported once from "{source}"',
  "sheet.why.drawn-repeats":
    'its rows name records of "{source}" ({found} of the {count} values of its column {column} name rows there), some of them on several rows: what is done for them (deliveries, calls, runs), no new records',
  "sheet.why.drawn-from":
    'its rows are records of "{source}" again ({found} of the {count} values of its column {column} name rows there) with columns of its own ({own:quoted}): a working list made from it, no new records',
  "sheet.why.copy-held":
    'its rows are records of "{source}" again ({found} of the {count} values of its column {column} name rows there) and say nothing that sheet does not ({held} % of their values stand on its rows): a copy, imported once from "{source}"',
  "sheet.why.same-list-kept":
    'the same list as "{source}" ({found} of the {count} values of its column {column} name rows there, each sheet holding what the other says): imported once, from "{source}", whose names stand on {namedSource} % of its rows against {namedHere} % here',
  "sheet.why.test-tab":
    'its name says it is a test or a sample ("{word}") while "{sheet}" holds the same kind of records: the real records are imported, not the trial ones',
  "sheet.why.duplicates-tab":
    'its name says it lists duplicates ("{word}") beside "{sheet}", which holds the same kind of records: they are not imported again',
  "sheet.why.view-beside":
    "its rows are records of the table at {range} again ({found} of the {rows} values of its column {column} name rows there, such as {values:quoted}): a view made from that table, not records of its own",
  "sheet.why.lookup-of":
    'its column {column} holds, each once, the values column {other} of "{sheet}" takes on its {rows} rows ({found} of its {count} values, such as {values:quoted}): what those values mean, not records',
  "sheet.why.copy-of":
    'each of its rows repeats a row of "{sheet}": a copy, imported once from there',
  "sheet.why.period-grid":
    "its rows are each client once per period, every client over the same periods: a history of figures, not records",
  "sheet.why.buyer-log-merged":
    "Read as the client list: no sheet lists the clients, and its {rows} rows are transactions naming {count} buyers in column {column}, each buyer's name written once and merged down over the lines of its order ({merged} rows); each buyer is one client, the buyer's rows merged into one.",
  "sheet.why.buyer-log-papers":
    "Read as the client list: no sheet lists the clients, and its {rows} rows are sales, each numbered by its own order or invoice in column {papers} (made out to a buyer, not a thing the buyer holds), naming {count} buyers in column {column}, many on several rows; each buyer is one client, the buyer's rows merged into one.",
  "sheet.why.buyer-log":
    "Read as the client list: no sheet lists the clients, and its {rows} rows are transactions naming {count} buyers in column {column}, many on several rows ({evidence:quoted} the same on each buyer's rows); each buyer is one client, the buyer's rows merged into one.",
  "sheet.why.member-log":
    "Read as the client list: its {rows} rows are transactions ({headers:quoted}), but each carries its member's own details ({personal}), the same on every row of a member; the {count} members told apart by column {column} are the clients, each member's rows merged into one.",
  "sheet.why.linked-client-list":
    "Read as the client list: column {column} of \"{other}\" names each row's client by this table's {id} ({found} of its {count} ids are here).",
  "sheet.why.guests":
    "its headers and title ({evidence:quoted}) list the guests of an event (their group, table, how many come, gifts), not clients",
  "sheet.why.guests-phonebook":
    'it holds only names and phone numbers, kept beside the guest list "{list}": a phone book, not clients',
  "sheet.why.outline":
    'the items of "{header}" are indented under one another at three depths or more: an outline of work (a project, its phases and tasks), not a list of clients',
  "sheet.why.no-one-named":
    "none of its {rows} rows names a client (no column holds the names, or the one that would is blank on every row): rows naming no one are nothing to enter in the register; if a column does hold the names, map it as the name",
  "sheet.why.code-only-rows":
    'its rows name no one: only "{header}" ({ids} …) ties each to a client, no sheet of the workbook lists those clients, and no other header says what the rows would keep — something else kept per client number (prices, applications), nothing to import',
  "sheet.why.sorting-names":
    '"{header}" names only {names} parties over its {rows} rows: those names sort the rows into groups (a merchant, a branch, a channel); the rows are something else\'s, not a list of clients',
  "sheet.why.daily-report":
    "it is one of {days} tabs named by the day and laid out alike, listing the same {names} names each day with that day's figures and no way to reach anyone: a report filed day after day (a team's or the stores' numbers), not a list of clients",
  "sheet.why.staff-on-rows":
    "no column names a client: its only names ({names:quoted}) come back on many rows beside the units ({units:quoted}) they work in, the staff who handled each row",
  "sheet.why.row-role":
    "its name, title or headers ({evidence:quoted}) say the rows are {role:msg}, not clients",
  "sheet.why.no-contact":
    "its headers ({headers:quoted}) give a day, a sum or a way of paying but name no client and say nothing of a contact (where, who, why, what was said): a ledger, not visits",
  "sheet.why.no-complaint":
    "its headers ({headers:quoted}) read as complaints only by words any dated record has (a status, a date, a type, a note); nothing in it names a complaint, a ticket or what went wrong",
  "sheet.why.complaints-against-others":
    "no column names who complained, and column {header} names {count} different firms the complaints are against ({firms:quoted}): a public record of complaints about others, none from a client of yours",
  "sheet.why.complaint-history":
    "column {header} names the same complaint on several rows ({complaints} complaints on {rows} rows): a history of the complaints' changes, not the complaints",
  "sheet.why.unreached-pursuit":
    "nothing in it reaches anyone (no phone, e-mail or address) and its headers {headers:quoted} are about {pursuit:msg}: people listed for that, not clients",
  "sheet.why.unreached-first-names":
    "column {header:quoted} gives first names only ({examples:quoted}) beside dates and years, and nothing in it reaches anyone (no phone, e-mail or address): people no one could tell apart or do business with, not clients",
  "pursuit.exam": "an exam and its candidates",
  "pursuit.penalty": "penalties an authority imposed",
  "pursuit.attendance": "checking in and out of places",
  "pursuit.pay": "employees' pay",
  "role.supplier": "suppliers",
  "role.staff": "the organisation's own staff",
  "role.student": "students",
  "role.voter": "voters",
  "role.player": "players",
  "role.volunteer": "volunteers",
  "role.friend": "the holder's friends and classmates, personal contacts",
  "role.team": "members of a team",
  "sheet.why.role-people":
    '{share} of the people it names are listed on "{sheet}" as {role:msg}: they are not clients here either',
  "sheet.why.staff-people":
    '{share} of the people it names are the staff listed on "{sheet}": these are staff records, not clients',
  "mapping.loose-cells": "{where}: loose cells without a header, not imported",
  "mapping.no-table": "{where}: no table found",
  "mapping.not-data":
    '{where}: not imported, {kind:msg} ({reason:msg}); if it is register data: --map "{tab}!*=Clients"',
  "mapping.not-imported": "{where}: not imported",
  "mapping.sheet": "{where} → {registerSheet} (confidence {confidence}; header row {headerRows})",
  "mapping.sheet-no-rows":
    "{where} → {registerSheet} (confidence {confidence}; header row {headerRows}): no data rows under the header, nothing imported; the column mapping below can be saved and used for the filled workbook",
  "mapping.sheet-form":
    "{where} → {registerSheet} (confidence {confidence}; a form: label–value pairs in rows {rows}, one record)",
  "mapping.sheet-headerless":
    "{where} → {registerSheet} (confidence {confidence}; no header row: columns told apart by their values)",
  "mapping.no-header": "(no header)",
  "mapping.column": "{letter} {header} → {field} {confidence}",
  "mapping.column-notes": "{letter} {header} → (notes) {confidence}",
  "mapping.column-row-numbers": "{letter} {header} → (row numbers) {confidence}",
  "mapping.column-elsewhere": "{letter} {header} → {target}.{field} ({why:msg})",
  "mapping.column-transaction": "{letter} {header} → (each transaction's own, not imported)",
  "mapping.column-hidden": "{letter} {header} → (hidden, not imported)",
  "mapping.samples": "  e.g. {samples}",

  // Linking and merging
  "link.duplicate-client": "Duplicate client: {how:msg}.",
  "link.merged-into": "merged into {target:msg} ({match:msg})",
  "link.target-client": "client {targetId}",
  "link.target-row": "the record from {targetSheet} row {targetRow}",
  "link.target-existing": "an existing register record",
  "link.match-id": "same client id {matchId}",
  "link.match-contact": "same name and the same phone or e-mail",
  "link.match-bare": "same name, no phone or e-mail on either",
  "link.match-card-again":
    "the row right before or after a card of the same name that holds nothing but its name and number: one card made twice in a row",
  "link.match-name-only": "same name, and neither row has a phone, e-mail, ID number or birthday",
  "link.match-id-number": "the same ID number",
  "link.match-addressed-name-phone":
    "the same phone, one name written as the surname and a form of address (Ms Zhu beside Zhu Penghao)",
  "link.match-name-phone": "same name and phone",
  "link.match-name-email": "same name and e-mail",
  "link.match-name-birthday-address": "same name, birthday and address",
  "link.match-name-across-sheets":
    "the same name, the only client of that name on either sheet of the book",
  "link.match-company-name":
    "the same company name, with no phone, address or number on either row that differs",
  "link.same-client-rows":
    "Row {row} ({sheet}) and row {otherRow} ({otherSheet}) are the same client ({match:msg}); merged into one client, any conflicting values kept in notes.",
  "link.apart-birthday": " but their birthdays differ",
  "link.apart-id-number": " but their ID numbers differ",
  "link.apart-client-id": " but their client numbers differ",
  "link.apart-phone": " but their phones differ",
  "link.apart-email": " but their e-mails differ",
  "link.apart-address": " but their addresses differ",
  "link.apart-several":
    " and several clients of that name fit, so the name alone cannot tell which",
  "link.match-name-same-sheet":
    "same name on the same sheet, and no birthday, ID number, phone or e-mail differs",
  "link.same-name":
    "Another client has the same name ({others}){why:opt}; kept as a separate client.",
  "link.updated": "Updated {field:key} of {target:msg}: {other} → {kept}.",
  "link.later-row":
    "{target:msg}: {field:key} taken from the later row {row} ({date}): {kept}; the earlier value {other} was put in notes.",
  "link.newer-sheet":
    "{target:msg}: {field:key} taken from the newer sheet {sheet}: {kept}; the older value {other} was put in notes.",
  "link.conflict":
    "Conflicting {field:key} for {target:msg}: kept {kept}, the other value {other} was put in notes.",
  "link.also-owner":
    "{target:msg} is also looked after by {other} (another row of the same client): kept {kept} as the owner, {other} put in notes.",
  "link.also-owner-many":
    "{count} clients of {sheet} are also looked after by a second staff member (another row of the same client): one owner is kept, the other put in notes; e.g. {examples}.",
  "link.ids-elsewhere":
    "{rows} rows name their client only by {column} ({count} different ids), and no client of this import or of the register has any of them: the ids were kept as given, and the rows link to their clients once the list that defines those ids is imported.",
  "link.unknown-id":
    "No client has the id {id}; the row was kept without a client link and the id put in notes.",
  "link.unknown-id-by-name":
    "No client has the id {id}; the row names its client {name}, the only client of that name ({clientId}): linked to it, and the id put in notes. Further rows of this sheet whose ids match no client are linked by their client name in the same way, without a note each.",
  "link.no-client": "The row names no client; it was kept without a client link.",
  "link.rows-no-client":
    "{count} rows name no client; each was kept without a client link. Rows {rows}.",
  "link.rows-unlinked-name":
    "{count} rows name a client that neither the register nor this import has ({values}); each was kept without a client link and the name put in notes. Rows {rows}.",
  "link.unlinked-name":
    "{why:msg}; the row was kept without a client link and the name put in notes.",
  "link.no-client-named": "No client is named {name}",
  "link.several-named": "Several clients are named {name} ({ids})",
  "import.policyholder-column":
    "Column {column} gave the {field:field} of the clients made from column {subject} (the policies keep it in their notes too).",
  "import.form-read":
    "Read as a form: the label–value pairs in rows {from}–{to} are one {registerSheet:sheet} record ({fields} fields), not a table.",
  "import.linked-to-form":
    "These rows name no client; they lie below the form of {name} (row {row}) on this sheet and were linked to that client.",
  "import.loans-as-assets":
    'Its columns name a loan\'s own parts ({columns}): each row was read as a loan its borrower holds (Assets), the name linking it to the borrower. If the rows are the borrowers themselves: --map "{sheet}!*=Clients".',
  "import.deal-stages-as-pipeline":
    'Its column {column} says how far each sale has got (a quote sent, in discussion, an order received, a stage): each row was read as a deal (Pipeline) for the party it names. If the rows are the parties themselves: --map "{sheet}!*=Clients".',
  "import.deal-shape-as-pipeline":
    'Its headers are those of sheet "{source}", read as deals for how far each has got: its rows were read as deals (Pipeline) too, column {column} naming the party of each. If the rows are the parties themselves: --map "{sheet}!*=Clients".',
  "import.lost-sales-as-pipeline":
    'Its column {columns} says why a sale was lost: only a deal is lost, so each row was read as a deal (Pipeline) for the party it names. If the rows are the parties themselves: --map "{sheet}!*=Clients".',
  "import.service-calls-as-visits":
    'Its rows are services given at the client ({words}) and nothing in it says complaint: each row was read as a contact with the client (Visits). If the rows are faults the client reported: --map "{sheet}!*=Complaints".',
  "import.headerless-list":
    "No row of this sheet reads as a header: every row from row {first} was read as a {registerSheet:sheet} record, its columns named by their values alone ({fields:fields}); please check the mapping.",
  "import.assets-from-classes":
    "{count} assets were made from the asset-class columns {columns}: one for each class a client holds, held with us; a total column is their sum and no asset. The columns also stay in the client's notes.",
  "import.assets-from-balance":
    "{count} assets were made from the balance columns {columns}: each client's latest figure, held with us; the columns also stay in the client's notes.",
  "import.family-from-insured":
    "{count} family members were made from column {insured}: each insured who is not the policy's client, with their relation from column {relation}.",
  "import.owner-from-title":
    "No column names the clients' owner; the line \u201c{line}\u201d above the table names {owner}, who was made the owner of its {count} clients.",
  "import.policies-by-household":
    "This policy list is kept by household: the rows whose relation in column {relation} names the client themself (本人, 戶長) made the clients from column {subject}; {count} relatives on the rows below were read as their family, and the policies on any row belong to the household's client, with the person on the row as the insured ({policies} on relatives' rows).",
  "import.visits-from-review-dates":
    "{count} visits were made from the dates of contact {columns}: the last date is a visit on that day, the next date its next visit date (a visit planned on that day when the row gives no last date), linked to the row's client; these columns are not kept in the clients' notes.",
  "import.family-from-columns":
    "{count} family members were made from the relatives' columns {columns}: one for each relative named on a client's row, linked to that client, with the relation from the header; these columns are not kept in the clients' notes.",
  "import.tiers-from-column":
    "{count} tiers were read from column {column}: each client's tier as the book gives it goes to the Tiers sheet as the client's override tier (a person's decision, kept when tiers are computed again); a value naming no tier of the register stays in the client's notes.",
  "import.contacts-from-columns":
    "{count} contacts were made from the contact columns {columns}: one for each person named on a company's row, linked to that company, with the title, phone and e-mail given beside the name; the company stays the client and keeps its own phone and e-mail.",
  "import.policies-from-held":
    "{count} policies were made from column {products}: one for each insurance type a client's row lists, linked to that client{premiumNote:opt}; these columns are not kept in the clients' notes.",
  "import.policies-from-held-premium":
    ". The premium in column {premium} goes to the policy when one type is listed; when several are, it is the client's total and goes to the first listed, with a note, unless the cell gives one amount per type",
  "import.policies-of-household-members":
    "{count} of these policies are listed on a relative's row (relation in column {relation}): each is held by the household's client, with that relative as its insured and the relation in its notes.",
  "import.visits-from-calls":
    "This is a call list: {count} calls whose outcome in column {outcome} says the client was reached were recorded as visits by phone on their date in column {date}; calls not reached (no answer, number not in service …) made none.",
  "import.family-from-dependant-rows":
    "{count} rows leave the member's own name or number blank and name a dependant in column {column}: each was read as family of the member above it, not as a client.",
  "import.memo-lines":
    "{count} rows hold only the rest of a free-text field (a memo whose line breaks were not quoted in the export): each was added to the notes of the record above it, not read as a record.",
  "import.joined-by-key":
    'This sheet names no client itself: each row was added to the client of "{master}" its {column} names ({found} of its {count} numbers stand there), not made a client of its own.',
  "import.empty-slots":
    "{count} rows name no one and hold nothing of their own, only a running number or values their columns repeat on many rows (rows {rows}): left out as empty places in the list, not clients.",
  "import.derived-unmatched":
    '{count} of its rows name by {column} no record of "{source}" (rows {rows}: {keys}): they are not imported with the sheet; if they are new, add them to "{source}"',
  "import.named-rows":
    'Nothing in this workbook reads as register data, but sheet "{sheet}" is a list of distinct named rows: column {column} names a different person or firm on {rows} rows, so it was read as the list it most resembles, the client list, each row a client named by that column and its obvious columns (phone, e-mail, ID, code) mapped. If it is no client list, --map "{sheet}!*=-" leaves it out.',
  "import.clients-by-values":
    'Nothing in this workbook reads as register data by its headers, but sheet "{sheet}" reads as a list of parties by its values: column {column} names a different one on each of {rows} rows, so each row was imported as a client, that column naming it. If it is no client list, --map "{sheet}!*=-" leaves it out; --map "{sheet}!Header=name" takes another column as the client.',
  "import.party-of-each-row":
    "Column {column} names a different party on each row, while {grouped} names {groups} parties, each over several rows: the rows are the parties of {column}, and {grouped} is kept in notes.",
  "import.label-lines":
    'its lines are told apart by a label in column A: the {count} lines labelled "{label}" are the clients, one a line; the other {others} lines (other labels and the lines under them) are what belongs to them, not clients, and are left out',
  "import.firms-as-clients":
    "This list names one person at each company and no other sheet lists those companies as clients: each company was read as a client with that person as its main contact, not as a list of contacts.",
  "import.values-as-clients":
    "No register sheet's words are in this table's headers: its values were read instead, as a person reads them — column {name} holds names and column {contact} their phones or e-mail addresses — and each row as a client.",
  "import.people-as-clients":
    "This list of people names no company or client they belong to (no account column, no client number they share, no client list in the workbook): each person was read as a client, not as a contact.",
  "import.group-rows-subject":
    "This list is kept by client: {count} heading rows (the first at row {first}) each name the client of the {rows} rows under them, and no column does; each heading was read as its rows' client, and the headings are not records.",
  "import.family-from-household":
    "This client list is kept by household: {count} rows whose relation in column {relation} names a relative (spouse, child …) were read as the family of the client above them, not as clients.",
  "import.clients-from-accounts":
    "The workbook has no client list: {count} clients (enterprises) were made from column {column}, the account each person works at; every person on the sheet became a contact of their account, and a person with no account a client of their own.",
  "import.clients-from-deals":
    "The workbook has no client list: {count} clients were made from column {column}, whom each deal is with, and the deals were linked to them.",
  "import.deal-party-column":
    "Column {column} gave the {field:field} of the clients made from column {subject}.",
  "import.name-stand-in":
    "{count} rows have an empty {column}; they were kept, each named by its {from} (e.g. {examples:quoted}).",
  "import.deal-updates":
    "{count} rows write again a prospect listed above, and the sheet has no deal id or deal name: each prospect's rows were read as one deal ({deals} deals, e.g. {examples}), its latest row's values kept; each earlier value that changed is told as an update.",
  "import.numbered-groups":
    "{count} more {registerSheet:sheet} records were read from the numbered columns {later}: each filled group is a record of its own, read as the first group ({first}) is.",
  "import.contacts-from-deals":
    "{count} contacts were made from column {column}, the person on each deal, each under the client named in column {subject}{with:opt}.",
  "import.contacts-from-deals-fields": " (with {columns})",
  "import.clients-from-policyholders":
    "The workbook has no client list: {count} clients were made from column {column}, the person each policy belongs to, and their policies were linked to them.",
  "import.sheet-subject-name":
    'No column of sheet "{sheet}" names the client of its rows: the sheet\'s name "{name}" was taken as the client of its {count} {registerSheet:sheet} rows (made a client when the workbook has no client list). If a column names the client, map it: --map "{sheet}!Header=clientName".',
  "import.sheet-subject-title":
    'No column of sheet "{sheet}" names the client of its rows: the title line "{line}" (row {row}) names "{name}", taken as the client of its {count} {registerSheet:sheet} rows (made a client when the workbook has no client list). If a column names the client, map it: --map "{sheet}!Header=clientName".',
  "import.clients-from-records":
    "The workbook has no client list: {count} clients were made from column {column}, the client each {registerSheet:sheet} row names, and the rows were linked to them.",
  "import.record-client-column":
    "Column {column} gave the {field:field} of the clients made from column {subject}.",

  // Sheets that are not register data, and the honest outcome (issue 9)
  "import.sheet-not-data":
    'Not imported: this sheet looks like {kind:msg}, not register data ({reason:msg}). If it is register data, name its kind with a mapping such as "{tab}!*=Clients".',
  "import.sheet-left-out": "Not imported: the mapping leaves this sheet out.",
  "import.partner-addresses":
    "{count} rows are a company's invoice, delivery or other addresses ({column}): they were passed over, not imported as clients.",
  "import.partner-companies-made":
    '{count} companies written before people\'s names in {column} ("Company, Person") have no row of their own: each was made a client, with its people as its contacts.',
  "import.partner-contacts":
    "{count} rows are people at a client company (named in {column}): each was imported as a contact of that company, not as a client.",
  "import.transaction-columns":
    "{count} columns describe each transaction of the log, not its buyer, and were left out of the clients' notes: {columns}. Their values change between one buyer's lines; the source workbook keeps them.",
  "import.hidden-columns":
    '{count} columns were left out: hidden in the source, or a system\'s own ("Do Not Modify"): {columns}. Their values are neither imported nor kept in notes; a mapping that names one of them brings it in.',
  "import.closed-from-end-date":
    "Complaints with no status but a date in {column} were marked closed: the case was closed on that date.",
  "import.resolved-from-end-date":
    "Complaints with no status but a date in {column} were marked resolved: the complaint was resolved on that date.",
  "import.open-without-end-date":
    "Complaints with neither a status nor a date in {column} were marked open: the case has not been closed yet.",
  "import.kind-from-person-names":
    "No column gives the client kind: the names in {column} are people's names and the list gives people's details (mobile numbers, a sex, birthdays or ID numbers), so each client named like a person is marked as a person.",
  "import.kind-from-names":
    "No column gives the client kind: each client whose name in {column} is a company's or a public body's (…有限公司, …医院, … Ltd) is marked as an enterprise.",
  "import.kind-from-id-numbers":
    "No column gives the client kind: each client with a personal ID number in {column} (A123456789, an 18-digit resident ID) is marked as a person.",
  "import.kind-from-contact-list":
    "No column gives the client kind: {column} lists people added by staff (WeCom / WeChat contacts), so its clients are marked as persons.",
  "import.kind-from-company-columns":
    "No column gives the client kind: the sheet's columns are a company's ({columns}), so its clients are marked as enterprises.",
  "import.kind-from-person-columns":
    "No column gives the client kind: each client with a sex, a birthday or a personal income in {columns} is marked as a person (a company has none).",
  "value.unit-outlier":
    "{value} is about {times} times this column's usual figure, and the column's header counts every figure in units of {multiplier}: read as {amount}. It may have been written in full; check it.",
  "value.other-currency":
    "The amount {value} is written in {written}, not in this column's {currency}: the figure was kept as written in {written}, not converted, and the value put in notes.",
  "value.other-currency-in-row":
    "The amount {value} is in {written} (column {column} says so), not in {currency} like the sheet's other amounts: the figure was kept as written, not converted, with its currency beside it.",
  "value.other-currency-row":
    "The amount {value} is written in {written}, not in this column's {currency}: the figure was kept in {written}, not converted, and the row's currency set to {written} where it was empty.",
  "value.other-currency-than-row":
    "The amount {value} is written in {written}, not in the row's currency {currency}: the figure was kept as written in {written}, not converted, and the value put in notes; the row's currency stays {currency}.",
  "import.note-unit":
    "The note \u201c{note}\u201d beside the table states the unit of the amounts: the figures of {columns} were read in it ({unit}), their headers stating none.",
  "import.side-note":
    "A note beside the table at {range}, kept here as written: it belongs to no client and was not imported.",
  "import.loose-cells":
    "Not imported: the cells at {range} stand apart from the sheet's tables and have no header of their own.",
  "import.nothing-imported":
    "Nothing was imported: {sourceRows} source rows, none became a register record.",
  "import.no-data-rows":
    "Nothing to import: the workbook's tables have a header and no rows under it. How their columns would be read is shown, and can be saved as a mapping to use for the filled workbook.",
  "import.sheet-all-rejected": "Every row of this sheet was rejected ({rejected} rows).",
  "kind.pivot": "a pivot table",
  "kind.dashboard": "a dashboard",
  "kind.catalogue": "a product catalogue",
  "kind.suppliers": "records of suppliers",
  "kind.transactions": "a transaction log",
  "kind.cluster": "a cluster or segment table",
  "kind.matrix": "a matrix of figures",
  "kind.summary": "a summary table",
  "kind.lookup": "a lookup list",
  "kind.people": "a list of people or firms who are not clients",
  "kind.guests": "a guest list",
  "kind.unnamed": "records that name no client",
  "kind.no-complaint": "records that show no complaint",
  "kind.history": "a history of changes to other records",
  "kind.copy": "a list drawn from another",
  "kind.instructions": "instructions for filling in a template",
  "kind.checklist": "a checklist of work done",
  "kind.form-lines": "lines repeated on every form",
  "kind.empty": "an empty table",
  "import.required-date-unmapped":
    'No column maps to {field:field} ({field}); the rows were imported with it empty. Map a column with "{sheet}!Header={field}" if the sheet has one.',

  // Re-import into an edited register (issue 13)
  "what.import-state-sheet": "what earlier imports remember, not client data",
  "import.merge-conflict":
    "Conflict in {field:key} of {record:msg}: the register ({registerSheet:sheet} sheet) has {registerValue}, the source ({sourcePlace:msg}) has {sourceValue}; both changed since the last import. {outcome:msg}",
  "merge.kept-register": "Kept the register's value (--prefer source takes the source's).",
  "merge.took-source": "Took the source's value (--prefer source).",
  "merge.updated": "Updated {field:key} of {record:msg} from the source: {from} → {to}.",
  "record.client": "client {clientId}",
  "record.child": "the {registerSheet:sheet} record of client {clientId}",
  "record.unlinked": "a {registerSheet:sheet} record without a client",
  "record.group": "Group",
  "place.cell": "{sourceSheet} row {sourceRow}, column {sourceColumn}",
  "place.row": "{sourceSheet} row {sourceRow}",
  "import.cell-cut":
    "The text in {field:key} is {length} characters long; an Excel cell holds at most {limit}. The cell keeps the first {limit}; the whole text is this issue's value.",

  // Cell values the normalisers could not read, or read with a warning (src/importer/normalize)
  "date.not-calendar":
    "The date {value} is not a real calendar date (year {year}, month {month}, day {day}).",
  "date.excel-range":
    "The date {value} falls in the year {year}; Excel can only store dates from 1900 to 9999.",
  "date.roc-year-range":
    "The date {value} has the Republic of China year {rocYear}, which is outside 1 to {max}.",
  "date.short-year":
    "The date {value} has a two- or three-digit year, which is ambiguous. Write the year with four digits; if the column uses Republic of China (民國) years, mark it as ROC-dated.",
  "date.year-after-era":
    "The date {value} has a four-digit year after a Republic of China era mark.",
  "date.no-month": "The date {value} has no part that can be the month.",
  "date.order-unlike-column":
    "The date {value} was read as {order:msg}, unlike the rest of the column, because {notMonth} cannot be a month.",
  "date.day-month": "day/month",
  "date.month-day": "month/day",
  "date.ambiguous-order":
    "The date {value} has an ambiguous day/month order: it could be {a} {monthB} or {b} {monthA}. Write it as YYYY-MM-DD or state the column's order.",
  "date.not-a-time": "The date {value} has something after the date that is not a time.",
  "date.unreadable": "The date {value} is not a date that can be read.",
  "date.incomplete": "The date {value} is incomplete: it needs a day, a month and a year.",
  "date.no-day": "The date {value} is incomplete: it has no day.",
  "date.no-year": "The date {value} is incomplete: it has no year.",
  "date.only-year": "The date {value} is incomplete: it has only a year.",
  "date.not-a-date-text": "The value {value} is not a date that can be read.",
  "date.fake-leap-day":
    "The Excel date serial {value} is 1900-02-29, a day that does not exist (a known Excel bug).",
  "date.serial-range": "The number {value} is outside the range of Excel dates (1 to {max}).",
  "date.text-serial": "The text {value} was read as an Excel date serial ({iso}).",
  "date.small-serial":
    "The number {value} was read as an Excel date serial ({iso}); if it is a year or a count, enter a full date.",
  "date.not-a-date": "The value {value} is not a date.",
  "date.time-only": "The cell holds the time {value} and no day.",
  "cell.invalid-date": "The cell holds an invalid date.",
  "cell.excel-error": "The cell holds the Excel error {error}.",
  "cell.unreadable": "The value {value} is not a cell value that can be read.",
  "cell.placeholder-blank": "The value {value} was read as blank.",
  "number.not-a-number": "The value {value} is not a number.",
  "number.ambiguous-comma":
    "The value {value} has an ambiguous decimal comma: it could mean {asPoint} or {asGroups}. Write it with a decimal point, or mark the workbook as using decimal commas.",
  "number.bad-groups":
    "The value {value} has thousands separators that are not in groups of three.",
  "number.decimal-marks": "The value {value} has more than one decimal mark.",
  "number.separators-after-decimal": "The value {value} has separators after its decimal mark.",
  "number.after-unit":
    "The value {value} has a number after its unit that could be read more than one way.",
  "number.bad-unit": 'The value {value} has an unreadable unit "{unit}".',
  "number.unit-order":
    "The value {value} has units in an order that does not make a single amount.",
  "number.no-number": "The value {value} has no number in it.",
  "number.signs": "The value {value} has more than one sign.",
  "number.zhao":
    "The value {value} uses 兆, which is ambiguous (兆 can mean a million (10^6) or a trillion (10^12)); write the amount in 万 or 亿 or in full.",
  "number.percent-and-unit": "The value {value} mixes a percent sign with a unit or currency.",
  "number.too-large": "The value {value} is too large.",
  "number.column-unit-ambiguous":
    "The value {value} cannot be read because the column's unit is ambiguous.",
  "number.not-finite": "The value {value} is not a finite number.",
  "number.date-not-amount": "The value {value} is a date, not an amount.",
  "number.not-amount": "The value {value} is not an amount.",
  "number.not-whole": "The value {value} is not a whole number.",
  "number.unsafe-integer": "The value {value} is too large to store exactly.",
  "number.score-range": "The score {value} is outside the allowed range {min} to {max}.",
  "number.percent-read": "The value {value} was read as {percent}%.",
  "text.unreadable": "The value {value} cannot be read as text.",
  "phone.no-digits": "The phone number {value} contains no digits.",
  "phone.words": "The phone number {value} is words with too few digits to be a number.",
  "phone.bad-number": "The phone number {value} is a number that cannot be a phone number.",
  "phone.as-number":
    'The phone number {value} was stored as a number, so a leading zero or "+" may have been lost; please check it.',
  "phone.unreadable": "The value {value} cannot be read as a phone number.",
  "email.date": "The value {value} is a date, not an email address.",
  "email.several":
    "{count} e-mail addresses in one cell: the first, {first}, is the e-mail; the cell is kept as written in notes.",
  "email.invalid": "The email address {value} does not look valid; it was kept as written.",
  "enum.not-allowed": "The value {value} is not one of the allowed values: {allowed:values}.",
  "stage.outcome":
    "The value {value} says how the deal ended (lost, dropped or withdrawn), not which of the five stages it is at.",
  "enum.ambiguous":
    "The value {value} could mean more than one of {keys:values}; use the exact value.",
  "yesno.unreadable":
    "The value {value} is not a yes or no answer; use yes/no, 是/否, Y/N, ✓/✗, true/false or 1/0.",
  "term.not-years-text": "The value {value} is not a term in years.",
  "term.unreadable": "The value {value} cannot be read as a term.",
  "term.single-premium":
    "{value} is a single premium, paid once: read as a payment term of 1 year, and the wording is kept.",
  "number.absurd":
    "The amount {value} is beyond ±10^15, which is hardly a real amount; it was kept as read, please check it.",
  "value.characters-removed":
    "Column {column}: invisible control or zero-width characters ({chars}) were removed from the text of {count} cell(s).",

  // What the command line prints (in the register's language; English for --lang en)
  "cli.import-summary":
    "{sourceRows} source rows: {imported} imported, {merged} merged, {skipped} skipped, {rejected} rejected; {issues} issues ({errors} errors, {warnings} warnings, {notes} notes).",
  "cli.wrote": "Wrote {file}.",
  "cli.kept-own-sheets": "Kept your own sheets from {file}: {sheets}.",
  "cli.init-wrote": "Wrote an empty register to {file} ({lang}, {style} formulas).",
  "cli.review-wrote-one": "Wrote {file}: the register and 1 review sheet ({lang}, as of {date}).",
  "cli.review-wrote":
    "Wrote {file}: the register and {count} review sheets ({lang}, as of {date}).",
  "cli.review-summary": "Wrote the book summary to {file}.",
  "cli.review-masked-left-out":
    "Left out of the masked file, as they may hold personal data: {sheets}. The unmasked review keeps them.",
  // Writing the register in Excel (the pane shows these in its language)
  "write.cell-not-number": "{value} is not a number Excel can store",
  "write.cell-too-long": "the text is {length} characters long; an Excel cell holds at most {max}",
  "write.record-cell":
    "Sheet '{sheetKey:sheet}', record {record}, column \"{column}\": {problem:msg}. Nothing was changed.",
  "write.table-cell":
    "Sheet '{sheetName}', row {row}, column \"{column}\": {problem:msg}. Nothing was changed.",
  "write.grid-cell": "Sheet '{sheetName}', cell {cell}: {problem:msg}. Nothing was changed.",
  "write.row-too-wide":
    "Row {row} of sheet '{sheetName}' has {cells} cells but table {table} has {columns} columns. Nothing was changed.",
  "write.header-too-large":
    "The header row of sheet '{sheetName}' is too large to write in one request: it needs about {size}, more than one request may carry ({max}). Nothing was changed.",
  "write.row-too-large":
    "Row {row} of sheet '{sheetName}' is too large to write in one request: it needs about {size}, more than one request may carry ({max}). Nothing was changed.",
  "write.record-too-large":
    "Sheet '{sheetKey:sheet}', record {record} is too large to write in one request: it needs about {size}, more than one request may carry ({max}). Nothing was changed.",
  "write.structure-protected":
    "The workbook structure is protected, so set-up cannot add the sheets {sheets:quoted}. Unprotect the workbook (Review > Protect Workbook) and run set-up again. Nothing was changed.",
  "write.sheet-protected":
    "Sheet '{sheetName}' is protected, so set-up cannot {what:msg}. Unprotect sheet '{sheetName}' and run set-up again. Nothing was changed.",
  "write.what.add-columns": "add the columns {columns:quoted} to table {table}",
  "write.what.fill-sheet": "fill the empty sheet",
  "write.refused-reviews":
    "Excel refused the new review sheets, so the earlier ones were kept as they were: {error}",
  "write.refused-issues":
    "Excel refused the new Import Issues sheet, so the earlier one was kept as it was: {error}",
  "write.settings-name-missing":
    "The workbook has no {name} name (Settings sheet). Set up the register, then save the settings again. Nothing was changed.",
  "write.settings-name-shape":
    "The name {name} covers {address}, not {rows}×{columns} cells as set-up made it. Fix or delete the name, then set up the register again. Nothing was changed.",
  "write.no-table":
    "The register has no {sheetKey:sheet} table ({table}). Set up the register first, then try again.",
  "review.missing-table":
    "The book review reads table {table} (sheet {sheetKey:sheet}), which this workbook does not have. Run Set up to add the missing register tables, then generate again; the earlier review sheets were kept.",
  "review.missing-column":
    'The book review reads the column "{column}" of table {table}, which has no column the add-in recognises as it (renamed or deleted). Give the column back a recognised name (such as "{column}") or run Set up to add it, then generate again; the earlier review sheets were kept.',
  // Complaint steps in the pane
  "complaint.needs-client": "A complaint needs the client's id.",
  "complaint.bad-severity": "Severity must be one of {allowed:values}, got {value}.",
  "complaint.received-after-today": "The complaint cannot be received on {date}, after today.",
  "complaint.cannot-move":
    "{id} is {from:values}; it cannot move to {to:values} (allowed: {allowed:values}).",
  "complaint.closed-stays":
    "{id} is {from:values}; it cannot move to {to:values} (a closed complaint stays closed).",
  "complaint.resolved-before-received":
    "{id} cannot be resolved on {date}, before it was received ({received}).",
} as const;

export type MessageCode = keyof typeof en;
