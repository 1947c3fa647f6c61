import type { MessageCode } from "./en";

/** 繁體中文（臺灣用語）texts of every coded message; placeholders as in en.ts. */
export const zhTW: Record<MessageCode, string> = {
  "import.title-row": "讀作表格上方的標題，未匯入。",
  "import.own-sheet": "未匯入：此工作表是{what:msg}。",
  "import.no-header": "此工作表中找不到標題列，其中的資料列未匯入。",
  "import.no-header-very-hidden":
    "此工作表為深度隱藏（系統存放自用資料之處，例如匯出的中繼資料），且沒有標題列；未匯入。",
  "import.sheet-unrecognised":
    "此工作表未被辨識為名冊工作表，其中的資料列未匯入。可用對應指明其類型，例如「{sheet}!*=客戶」。",
  "import.name-from-number":
    "沒有欄位寫客戶名稱：每列的客戶以 {header} 中它自己的編號命名，這些編號各不相同。",
  "import.required-unmapped":
    "沒有欄位對應「{field:field}」，而每一列{registerSheet:sheet}都需要它，因此這些列被拒絕。請用「{sheet}!標題={field:field}」對應一欄。",
  "what.issues-sheet": "上次匯入的問題清單，不是客戶資料",
  "what.settings-sheet": "名冊設定，不是客戶資料",

  "import.row-rejected": "資料列被拒絕：{reason:msg}",
  "import.planned-visit-next":
    "{date} 的拜訪是預定的拜訪，尚未發生（{why:msg}）：其日期已記為第 {row} 列 {visitOn} 拜訪的下次拜訪日期。",
  "import.planned-visit-left-out":
    "{date} 的拜訪是預定的拜訪，尚未發生（{why:msg}）：未作為拜訪匯入；此客戶沒有更早的拜訪可記下次拜訪日期，內容保留於此。",
  "import.planned-visit-kept":
    "{date} 的拜訪是預定的拜訪，尚未發生（{why:msg}）：此客戶沒有更早的拜訪可記下次拜訪日期，因此依其日期保留；名冊把晚於今天的拜訪視為預定的下次拜訪，而不是已完成的拜訪。",
  "reason.planned-marked": "標註為預定或預計",
  "reason.planned-future": "日期晚於匯入當天",
  "reason.planned-not-done": "只填了預定日期，實際日期空白",
  "import.row-skipped": "資料列被略過：{reason:msg}。",
  "reason.total": "小計或合計列",
  "reason.section": "分組標題列",
  "reason.note": "註記或占位文字，不是記錄",
  "reason.key-not-in-master": "它的編號在所補充的「{master}」中找不到客戶",
  "reason.empty-slot": "這一列沒有寫任何人：只有流水號和各欄在許多列上重複的值",
  "reason.memo-line": "上方紀錄的備註續行（文字已併入該紀錄的備註），不是記錄",
  "reason.test-entry":
    "測試或範例帳戶（名稱只是測試字樣，或標明這一列是測試，如「測試2」「王芳（測試客戶）」），不是客戶",
  "reason.unused-account":
    "名稱註明不得再使用的帳戶（名稱註明「請勿使用」）：已關閉或已被取代，不是客戶",
  "reason.mailing-list": "郵件群組（名稱是多個同時收信的電子郵件地址），是一群人，不是一個客戶",
  "reason.no-one":
    "不代表任何特定對象的帳戶（現金銷售、散客、匿名或訪客用戶、名稱被略去、只剩佔位符號），不是客戶",
  "reason.anonymous-visitor": "沒有姓名，暱稱表明用戶未留名（匿名）：匿名訪客，不是客戶",
  "reason.nameless-line":
    "沒有姓名，也沒有可辨認任何人的電話、電子郵件或編號，而表中其他列都寫了人：這一列不關於任何人（一筆交易、一個合計或一則備註），不是客戶",
  "reason.number-only":
    "沒有姓名，只有電話、電子郵件或編號，而表中其他列都寫了人：這一列沒有寫明是誰（郵件名單裡的地址、未填名稱的帳戶），不是客戶",
  "reason.lookup-errors": "每個儲存格都是公式錯誤（#N/A）：查找沒有找到內容，不是客戶",
  "reason.unfilled-stub":
    "沒有姓名，也沒有寫了名字的列都有的其他資料，只有編號或電話和每列都有的內容：這一列沒人填寫，不是客戶",
  "reason.nickname-only":
    "沒有姓名，只有暱稱，也沒有可聯絡或識別此人的電話、電子郵件或編號：訪客，不是客戶",
  "reason.cancelled": "已取消的拜訪（寫有取消原因）：並未發生",
  "reason.hint": "範本的填寫提示（必填／選填／格式／範例），不是記錄",
  "reason.partner-address": "是 {company} 的地址（{type}），不是客戶",
  "reason.repeated-header": "重複的標題列",
  "reason.continues-rejected": "它接續第 {continues} 列，而該列已被拒絕。",
  "reason.required-columns-missing": "沒有欄位包含必填的{fields:fields}。",
  "reason.required-empty": "{field:field}（{column}）為空白。",
  "reason.required-unreadable": "{field:field}（{column}）：{problem:msg}",
  "import.column-filled-down":
    "{column} 欄：{count} 個空白儲存格（第 {first}–{last} 列）已依上方一列填入；這些列都屬於上方所寫的客戶。",
  "import.column-merged-down":
    "{column} 欄：合併儲存格涵蓋的 {count} 個儲存格（第 {first}–{last} 列）依合併範圍頂端所寫的值讀取。",
  "import.client-filled-down": "客戶儲存格空白，此列已連結到上方第 {previousRow} 列的客戶。",
  "import.continuation-conflict":
    "此列接續第 {mainRow} 列的客戶，但提供了另一個「{field:key}」；保留 {kept}，另一個值已放入備註。",

  "value.unreadable-kept": "{problem:msg} 該儲存格留空，原值已放入備註。",
  "value.unreadable-kept-column": "{problem:msg} 該儲存格留空，原值已放入「{extra}」欄。",
  "value.unreadable": "{problem:msg} 該儲存格留空。",
  "value.warning": "{problem:msg}",
  "value.column-kept":
    "{column} 欄有 {count} 個值無法讀取，例如：{problem:msg} 這些儲存格留空，原值已放入備註。各值：{values}；所在列：{rows}。",
  "value.column-kept-extra":
    "{column} 欄有 {count} 個值無法讀取，例如：{problem:msg} 這些儲存格留空，原值已放入「{extra}」欄。各值：{values}；所在列：{rows}。",
  "value.column-warning":
    "{column} 欄有 {count} 個值有提示，例如：{problem:msg} 各值：{values}；所在列：{rows}。",
  "value.below-min": "數值 {value} 小於允許的最小值 {min}。",
  "value.above-max": "數值 {value} 大於允許的最大值 {max}。",
  "value.year-from-title":
    "{column} 欄：{count} 個日期沒有寫年份（例如 {example}），已依表格標題所寫的唯一年份 {year} 年讀取。",
  "value.roc-column":
    "{column} 欄使用民國紀年（{evidence}）；其中兩位和三位數的年份已按民國年讀取（113 → 2024）。",
  "value.period-annualised":
    "{column} 欄的金額按月或按季填寫（見標題）；名冊記的是全年金額，已乘以 {factor} 記錄（如 {value} → {annual}）。",
  "value.risk-scale-assumed":
    "{column} 欄以數字表示風險等級，表頭未寫明等級範圍；最高為 {highest}，已按 1–{top} 級讀取（{bands}：保守型 / 穩健型 / 積極型）。如範圍不同，請在表頭寫明（如「風險等級(1-7)」）。",
  "value.percent-column":
    "{column} 欄的比例以百分數填寫（0 到 100），已視為百分比（如 {value} → {percent}%）。",
  "value.two-digit-years":
    "{column} 欄的其他日期都寫四位數年份；其中只能是年份的兩位數年份（如 {example}）已按 1950–2049 年讀取。",
  "value.short-years-first":
    "{column} 欄的日期以兩位數年份開頭（如 {example}）：整欄開頭兩位數幾乎不變、末兩位隨日變化，故開頭兩位已按 1950–2049 年讀取。",
  "value.premium-annualised": "保費 {value} 為{frequency}；名冊記的是年繳保費，已記為 {annual}。",
  "value.loan-negative":
    "貸款以正數餘額（{value}）填寫；名冊中貸款的市值記為負數，已記為 −{value}。",
  "raw.empty-cell": "空白儲存格",
  "raw.invalid-date": "無效的日期",
  "raw.unreadable": "無法讀取的值",
  "value.date-serials":
    "{column} 欄中的數字沒有日期格式；已按 Excel 日期序號讀取（{system} 日期系統），例如 {example} → {iso}。",
  "value.term-not-years": "期限 {value} 不是整數年；已照原樣保留，未作換算。",
  "value.id-number-checksum": "證件號碼 {value} 檢查碼不符；已照原樣保留，請核對。",
  "value.birthday-from-id": "{count} 個空白生日已依 {column} 欄的身分證號填寫（檢查碼無誤）。",
  "value.id-number-checksum-column":
    "{column} 欄中有 {count} 個證件號碼檢查碼不符（如 {examples}）；已照原樣保留，請核對。",
  "value.credit-code-checksum":
    "統一社會信用代碼 {value} 檢查碼不符（GB 32100）；已照原樣保留，請核對。",
  "value.id-number-as-number": "證件號碼 {value} 以數字形式儲存，可能已遺失位數；請核對。",

  "map.no-record-subject":
    '沒有欄指明這些{registerSheet:sheet}記錄關於誰：{headers:quoted}都可能是客戶。如果其中一欄是客戶，請用對應指定，例如 "{sheet}!{header}=客戶"。',
  "map.override-ignored": "此欄的對應設定被忽略：{why:msg}。",
  "map.override-taken": "已有另一欄對應到「{override}」",
  "map.override-unknown": "「{override}」不是{registerSheet:sheet}工作表的欄位",
  "map.unit-ambiguous": "此標題中的單位有歧義（{unit:msg}）；其值已放入備註，未作猜測。",
  "map.row-numbers": "此欄是連續的列號，未匯入（每個問題都註明了來源列號）。",
  "map.unmapped-notes":
    "此欄不對應{registerSheet:sheet}的任何欄位；其值已以「{header}：值」的形式加入備註。{doubt:opt}",
  "map.unmapped-extra":
    "此欄不對應{registerSheet:sheet}的任何欄位；其值保存在額外的欄「{extra}」中。{doubt:opt}",
  "map.doubt": "看起來像{near:key}（信賴度 {nearConfidence}），但依據不足：{why1:msg}。",
  "map.doubt-2":
    "看起來像{near:key}（信賴度 {nearConfidence}），但依據不足：{why1:msg}；{why2:msg}。",
  "map.no-register-sheet":
    "對應「{mapping}」沒有指明名冊工作表；請使用以下之一：{sheets}，或用「-」排除此工作表。",
  "map.unit-zhao": "「兆」既可指百萬（10^6），也可指兆（10^12）",
  "map.why.header-is": "標題「{header}」就是「{field:key}」的標題（{confidence}）",
  "map.why.header-resembles": "標題「{header}」近似「{field:key}」的標題（{confidence}）",
  "map.why.header-elsewhere":
    "此標題恰是另一張工作表（{otherSheet:sheet}）的「{otherField:field}」",
  "map.why.subject": "標題指明了這一列的主體",
  "map.why.owner": "標題指的是負責人",
  "map.why.system-user": "標題指的是輸入或修改記錄的使用者：有欄位註明負責人時以該欄為準",
  "map.why.contact": "標題指的是聯絡人",
  "map.why.values-contradict": "資料與之不符：{values:msg}",
  "map.why.values-agree": "資料相符：{values:msg}",
  "map.why.placeholder-header": "依資料判斷：標題「{header}」是控制項名稱或預留名稱，不是標題",
  "map.why.values-only": "資料：{values:msg}",
  "map.values.phone": "{share} 是電話號碼",
  "map.values.email": "{share} 是電子郵件地址",
  "map.values.date": "{share} 是日期",
  "map.values.words": "{share} 是已知的「{field:key}」詞語",
  "map.values.serial": "連續編號",
  "map.values.distinct": "{share} 互不相同",
  "map.values.text": "{text} 文字，{numbers} 數字，{dates} 日期",
  "map.values.numbers": "{share} 是數字",
  "map.values.address": "{share} 是地址",
  "map.values.id-number": "{share} 是證件號碼",
  "map.values.birthdays": "{share} 是 18 至 100 年前的日期，很少重複（生日）",
  "map.values.recent-dates": "{share} 是近 15 年內的日期（成為客戶的日期）",
  "map.values.person": "{share} 是人名",
  "map.values.ranges": "{share} 是區間（20-50萬、50萬以上），按原樣保留",
  "map.values.company": "{share} 是公司名稱",
  "map.why.short-codes":
    "這些值是簡短代碼（C0005、T0021），比任何證件號碼都短：不作為證件號碼，保留在備註中，可用 --map 指定",
  "map.why.rounded-numbers":
    "{share} 的值是只按試算表顯示方式保存的長數字（如 2.1E+14），後面的位數已遺失：這樣的數字代表許多號碼、對不上任何人，因此不作為客戶編號；保留在備註中，除非用 --map 指定",
  "map.why.names-no-one":
    "{share} 的值是{kind:msg}（{examples}）：不是任何人或企業的名稱，這一欄說不出每列是誰；保留在備註中，可用 --map 指定",
  "map.no-one.opaque": "系統產生的鍵（UUID、雜湊值）",
  "map.no-one.bands": "勾選的區間（年齡層、價格級距）",
  "map.no-one.countries": "國家或地區名稱",
  "map.no-one.periods": "月份或季度（一月、Q3）",
  "map.why.masked-numbers":
    "{share} 的值是隱去部分數字的號碼（004-613-****92157）：遮蔽的帳號或卡號對不上任何人，不作為客戶編號，保留在備註中，可用 --map 指定",
  "map.why.in-charge-contact":
    "{rows} 列中有 {distinct} 個不同的人：是每個客戶自己的負責人（聯絡人），不是負責多個客戶的員工",
  "map.why.staff-by-repetition":
    "{rows} 列客戶中只有 {distinct} 個人名，平均每人對應 {each} 個客戶：是負責多個客戶的員工（負責人員）",
  "map.why.owner-superior":
    "「{header}」寫的是 {staff} 中員工的上級（每人總是同一個上級）：負責客戶的是員工，不是上級",
  "map.why.staff-under-superior":
    "{rows} 列中有 {distinct} 個人，每人總在同一個「{header}」之下：是負責客戶的員工（負責人員）",
  "map.why.owner-fewer-clients":
    "「{header}」中每個人對應的客戶比 {staff} 少，或者寫的不是人名：負責客戶的員工是那一欄",
  "map.why.in-charge-owner":
    "{rows} 列中只有 {distinct} 個人，各自出現在多列：是負責多個客戶的員工（負責人員）",
  "map.why.lead-temperature": "這些值是潛在客戶的意向程度（熱/溫/冷、高/低意向）：保留在備註中",
  "map.why.product-category": "標題「{header}」指產品：即客訴的類別",
  "map.why.complaint-type":
    "標題「{header}」說明出了什麼問題（產品另有一欄）：沒有其他客訴內容欄時作為客訴內容",
  "map.why.override": "由呼叫端的對應指定",
  "map.why.remembered": "上次匯入同一版面時手動選擇（名冊已記住）",
  "map.why.staff-ids": "其值是「{sheet}」所列員工的編號，每人負責多位客戶",
  "map.why.record-key":
    "「{of}」欄寫記錄名稱，本欄是匯出系統給該記錄的內部編號（CRM 的關聯 ID）：不是名冊編號，放入備註",
  "map.why.account-party": "作為按每人所屬客戶（{subject}）建立的客戶的「{field:field}」",
  "map.why.subject-client":
    "作為按每列所寫客戶（{subject}）建立的{registerSheet:sheet}記錄的「{field:field}」",
  "map.why.balance-asset":
    "餘額：每位客戶最近一期的數字建為{registerSheet:sheet}記錄（{field:field}），該欄也保留在備註中",
  "map.why.deal-party":
    "作為按每筆商機的對象（{subject}）建立的{registerSheet:sheet}記錄的「{field:field}」",
  "map.why.numbered-group":
    "與 {first} 相同的表頭、不同的編號：每組有值的欄各成一筆{registerSheet:sheet}記錄，按 {first} 的方式讀取",
  "map.why.review-date":
    "表頭寫的是與客戶接觸的日期：讀入拜訪紀錄表（{field:field}），每列有日期的客戶一次拜訪",
  "map.why.relative":
    "表頭寫的是客戶的{relation:msg}：讀入家庭成員表（{field:field}），每列寫到的每位親屬一位成員",
  "relation.spouse": "配偶",
  "relation.child": "子女",
  "relation.father": "父親",
  "relation.mother": "母親",
  "relation.parent": "父母",
  "relation.sibling": "兄弟姊妹",
  "map.why.dependant-row":
    "該欄只在本人姓名或編號空白的列填寫：是上方成員的眷屬，記入家庭成員表（{field:field}）",
  "map.why.actual-over-plan":
    "表中計畫與實際並列：本欄是實際發生的，記為拜訪的{field:field}（計畫欄 {plan} 保留在備註）",
  "map.why.plan-twin":
    "與實際欄 {actual} 並列的計畫：保留在備註；只填了計畫的列是尚未發生的預定拜訪，不是已完成的拜訪",
  "map.why.household-relation":
    "名單按家庭填寫：每位親屬與上方客戶的關係記入家庭成員表（{field:field}）",
  "map.why.household-name":
    "名單按家庭填寫：本人（戶長）那一列是客戶的姓名，其他各列是親屬的姓名，記入家庭成員表（{field:field}）",
  "map.why.held-products":
    "表頭寫的是客戶已持有的保險：儲存格中列出的每個險種各建一張保單，記入保單表（{field:field}）",
  "map.why.tier-column":
    "表頭和取值寫的是人為給客戶定的級別：記入客戶分級表，作為該客戶的「{field:field}」，原值作為調整原因",
  "map.why.staged-party":
    "「{header}」一欄在多數列寫的是不同的對象，旁邊寫著每筆生意進行到哪一步：是每個商機的客戶",
  "map.why.drawn-client": "其值指向工作表「{sheet}」中的紀錄：是每列的客戶，不是新的潛在客戶",
  "map.why.contact-column":
    "表頭寫的是該企業的聯絡人（{contact}）：讀入聯絡人表，作為其「{field:field}」，關聯到該客戶",
  "map.why.held-policy-column":
    "與已持有的保險（{products} 欄）一起讀入，作為保單的「{field:field}」",
  "map.why.row-numbers": "資料按 1、2、3……逐列遞增：是列號，不是身分識別",
  "map.why.error-values": "每個值都是公式錯誤（{example}）：沒有可讀的資料",
  "map.why.name-many-ids":
    "同一個名字對應 {id} 的多個編號（「{name}」對應 {count} 個）：是經辦人員，不是客戶",
  "map.why.address-types":
    "「{header}」是 Odoo 的地址類型（聯絡人、發票地址……）：說明該列是什麼，不是客戶類型或地址",
  "map.why.repeats-name":
    "「{header}」重複每列的名稱（名稱本身，或名稱加一個人名）：沒有自己的內容",
  "map.why.user-names": "「{header}」中是人名：負責這些客戶的使用者（業務員）",
  "map.why.do-not-modify":
    "標題「{header}」標明這是系統自用欄（記錄識別碼、校驗值、時間戳記），不是給人看的",
  "map.why.side-note": "表格旁的備註（「{header}」），不是一欄",
  "map.why.transaction": "同一買家的各列取值不同：它記錄的是每筆交易，而非客戶本身，不寫入備註",
  "map.why.hidden": "在來源表中是隱藏欄：看表的人看不到它",
  "map.why.names-something": "標題「{header}」是一個名稱",
  "map.why.name-every-row":
    "標題「{header}」在每一列都寫有名稱（{rows} 列中 {filled} 列）：這是該列的名稱",
  "map.why.second-name":
    "只有 {rows} 列中的 {filled} 列寫有名稱，而「{header}」每列都有：這是第二個名稱（備註）",
  "map.why.distinct-subject": "{filled} 列中有 {distinct} 個不同的值：是這一列的主體",
  "map.why.only-naming": "只有標題「{header}」是名稱",
  "map.why.names-person": "標題「{header}」指的是人",
  "map.why.person-beside": "標題「{header}」指的是主體之外的人",
  "map.why.many-rows": "{filled} 列中只有 {distinct} 個不同的名字：是負責多列的人",
  "map.why.attached": "與這一列相關的人",
  "map.why.insured-client": "沒有要保人欄：被保險人就是客戶",
  "map.why.income-persons": "客戶類型欄表明客戶是個人：這是他們自己的收入",
  "map.why.income-personal-ids": "證件號碼欄是個人身分證號：這是客戶自己的收入",
  "map.why.income-sex-column": "多數列填有性別：客戶是個人，這是他們自己的收入",
  "map.why.employer-nature-persons": "客戶是個人：這是其服務單位的性質，不是企業性質",
  "map.why.name-part": "標題「{header}」是姓名的一部分：與另一部分合併",
  "map.why.name-initial-by-values":
    "{given}、{initial}、{family} 三欄合起來在 {rows} 列中的 {people} 列讀作人名：是名、中間名縮寫與姓，已合併",
  "map.why.name-parts-by-values":
    "{given} 欄與 {family} 欄合起來在 {rows} 列中的 {people} 列讀作人名，單獨一欄則不然：是名與姓，已合併",
  "map.why.twin-text":
    "{other} 在兩欄都有值的列上與本欄是同一 {field} 文字，且各自填了對方空著的列：兩欄合併，相同文字只讀一次",
  "map.why.organisation-is-client":
    "「{header}」的值是機構名稱：機構是客戶，「{person}」中的人是那裡的人",
  "map.why.number-of-people-met":
    "編的是 {person} 中的人，同一客戶（{client}）有多個編號：不是客戶的編號",
  "map.why.company-is-client":
    "標題「{header}」是客戶的公司：公司才是客戶，「{person}」是該公司的人",
  "map.why.person-at-client": "標題「{header}」是拜訪時見到的客戶方人員：列為參與人員",
  "map.why.attendees-part": "標題「{header}」也是參與拜訪的人：與其他參與人員合併",
  "map.why.owner-among-clients":
    "其中 {share} 的姓名本身就是本清單的客戶：這是介紹該客戶的人，不是負責的人員",
  "map.why.company-no-employer":
    "客戶是企業，企業沒有任職單位：這一欄寫的是另一家機構（母公司或集團）",
  "map.why.alternate-name": "標題是名稱的另一種寫法（另一種語言或曾用名）：先用更直接的名稱欄",
  "map.why.category-over-product": "標題直接寫明類別：這一欄是類別，產品欄「{header}」記入備註",
  "map.why.product-beside-category":
    "這是產品，旁邊另有寫明類別的欄（「{header}」）：按原樣記入備註",
  "map.why.insured-number-client":
    "保單未寫要保人，也未寫被保險人姓名：被保險人編號「{header}」即客戶編號",
  "map.why.net-premium": "標題是淨保費（扣除佣金或再保後）：先用毛保費或一般的保費欄",
  "map.why.company-no-occupation": "客戶是企業，企業沒有職業：這是其聯絡人的職稱",
  "map.why.people-at-organisations":
    "無標題：{people} 位人員各占一列、寫有職稱或科別，分屬 {organisations} 個單位（{share} 讀作單位名稱），每人都是該客戶的聯絡人",
  "map.why.organisation-people-header":
    "「{person}」下的人員各寫有所屬單位（「{header}」：{firms} 個單位、{people} 位人員，同一單位有多人），標題稱其為聯絡人，每人都是該客戶的聯絡人",
  "map.why.organisation-people-order":
    "「{header}」寫明每人所屬的單位，寫在人名之前，多人同屬一個單位（{firms} 個單位、{people} 位人員），每人都是該客戶的聯絡人",
  "map.why.firm-people":
    "「{header}」所列的單位下有多位人員（{firms} 個單位、{people} 位人員），每人各占一列、寫有自己的資料，每人都是該客戶的聯絡人",
  "map.why.contacts-account":
    "聯絡人匯出表：人員分屬「{header}」所列的客戶（{accounts} 個客戶、{people} 位人員），每人都是該客戶的聯絡人",
  "map.why.person-described":
    "這一列說的是人：{fields:quoted}描述的是個人（身分證字號、生日），不是公司",
  "map.why.second-employer":
    "客戶是個人，「{header}」也是公司名稱，但 {employer} 已經寫明各人的服務單位：放入備註",
  "map.why.employer-number":
    "客戶是個人，{employer} 是其公司：「{header}」是公司的編號，不是客戶的",
  "map.why.number-of-some":
    "「{header}」只有 {share} 的列填了號碼，而 {own} 給每個客戶都編了號：它是部分客戶才有的某樣東西的編號，不是客戶編號",
  "map.why.own-number":
    "沒有一欄是客戶編號，而「{header}」給各列的客戶編了號（{filled} 列中有 {distinct} 個不同的編碼，不是流水序號）：名單按它管理",
  "map.why.number-many-people":
    "其中 {count} 個編號（如 {example}）出現在不同的人（姓名不同，證件號碼或電子郵件也不同）的列上：它編的是這些人持有的東西，不是客戶",
  "map.why.name-joined-to-number":
    "幾乎每一列的 {whole} 都是客戶編號 {number} 加上這一欄的名稱：這才是客戶的名稱",
  "map.why.number-and-name": "只是 {number} 與 {name} 連在一起（公式的副本）：放入備註",
  "map.why.employer-of-persons": "客戶是個人，而「{header}」是公司名稱：即各人的服務單位",
  "map.why.name-on-more-rows":
    "在 {filled} 列寫明客戶，而 {other} 只填了 {few} 列：這一欄說明每一列是誰",
  "map.why.name-on-few-rows":
    "{rows} 列中只填了 {filled} 列，而 {subject} 幾乎每列都寫明客戶：只是這些列的附加資訊",
  "map.why.firm-rows":
    "凡在「{person}」中寫了人的列，「{header}」中也寫了公司，另有 {firmOnly} 列（共 {firmRows} 列）只寫了公司：每一列是公司的",
  "map.why.firm-leads": "「{header}」寫在「{person}」的人之前，且每行是不同的公司：每行說的是公司",
  "map.why.firm-contact": "「{firm}」中公司的聯絡人",
  "map.why.contact-is-client":
    "員工加入的客戶名單（企業微信/微信）：「{header}」是客戶本人，「{company}」是其服務單位",
  "map.why.same-address": "{share} 的列是同一個地址：記錄者自己的信箱，排在客戶各自的信箱欄之後",
  "map.why.deal-money": "商機表中唯一標明幣別（{unit}）的金額欄：每筆商機的價值",
  "map.why.revenue-companies": "客戶是企業，企業沒有個人收入：這是其帶來的收入",
  "map.why.visit-notes-discussed": "拜訪紀錄中沒有別的內容欄，這一備註欄就是洽談要點",
  "map.why.phone-fallback":
    "標題「{header}」是同一客戶的另一個電話號碼：「{primary}」為空時作為電話，否則放入備註",
  "map.why.registered-address":
    "戶籍登記的地址，另有客戶居住或收件的地址（「{header}」）：記入備註",
  "map.why.company-with-contact": "標題「{header}」每列寫一家公司，旁邊是其聯絡人：公司是客戶",
  "map.why.phone-fullest":
    "無標題的表中填有電話號碼列數最多的一欄：作為電話，其他電話欄只在它為空時使用",
  "map.why.phone-ranked-first":
    "標題「{header}」表明它是第一個電話欄：作為電話，其他電話欄只在它為空時使用",
  "map.why.phone-mobile": "標題「{header}」是行動電話號碼：作為電話，其他電話欄只在它為空時使用",
  "map.why.call-number":
    "通話紀錄的每一列都有電話號碼，且沒有一欄寫客戶名稱：以所撥打的號碼認定客戶",
  "map.why.call-moment": "通話紀錄的每一列都有帶時刻的日期：通話的時間",
  "map.why.call-outcome": "通話紀錄中每通電話的結果（接通與否）：通話的情形",
  "map.why.call-said": "通話紀錄中最長的文字：通話中說了什麼",
  "map.why.phone-length":
    "{share} 的值只是十位或十一位數字，是電話號碼的長度而不是證件號碼的：電話號碼",
  "map.why.mostly-zero": "{share} 的值為零：同一欄位另有填寫金額的欄時，優先用那一欄",
  "map.why.calendar-years": "{share} 的值是西元年份（2019、2025）：是某事發生的年份，不是期限",
  "map.why.phone-part": "標題「{header}」是同一客戶的另一個電話號碼：與電話合併",
  "map.why.compliance-risk":
    "此表是洗錢防制審查（政要、實質受益人、制裁）：這個風險等級是銀行對客戶的評級，不是客戶的風險偏好",
  "map.why.masked-phones": "其中 {share} 的號碼已遮蔽（138****1234）：按原樣保留，不用來區分客戶",
  "map.why.month-day": "其中 {share} 的生日沒有年份（03-15）：這些留在備註中，不會編造年份",
  "map.why.address-part": "標題「{header}」是地址的一部分：依當地寫法併入地址",
  "map.why.date-part": "標題「{header}」是分三欄書寫的日期中的{part:msg}：與另外兩欄合成一個日期",
  "map.date-part.year": "年",
  "map.date-part.month": "月",
  "map.date-part.day": "日",
  "map.why.row-own-number":
    "每列一個不同的編號，而{name}中的名稱反覆出現：這是該列自身的編號，不是客戶的",
  "map.why.region": "標題「{header}」是地區：與地址合併",
  "map.why.address-continues": "無標題：其值（城鎮、郵遞區號或州省）接續旁邊的地址，已併入地址",
  "map.why.place-values": "其中 {share} 的值是地名：併入地址",
  "map.why.attached-is-subject": "沒有欄指明這一列的主體，而「{header}」每列是不同的人：即客戶",
  "map.why.record-subject":
    "標題「{header}」指明每筆記錄關於誰（{filled} 列中有 {distinct} 個不同的名字）：即客戶",
  "map.why.group-holder":
    "第 {header} 欄沒有標題；其中 {filled} 個名字各寫在一組列的第一列（共 {groups} 組），下面留空：每組記錄都屬於組首所寫的人，即客戶",
  "map.why.names-by-values":
    "沒有標題指明這一列的主體；「{header}」是人名或單位名稱，{filled} 列中有 {distinct} 個不同：是客戶名稱",
  "map.why.key-by-values":
    "沒有標題指明客戶編號；「{header}」在第一欄，每列一個不同的代碼（{filled} 列中 {distinct} 個）：是每個客戶自己的編號",
  "map.why.first-names": "沒有標題指明這一列的主體；「{header}」是第一欄互不相同的名稱",
  "sheet.why.pivot": "其中有樞紐分析表標籤，例如「{label}」",
  "sheet.why.dashboard": "其名稱「{name}」表明它是儀表板",
  "sheet.why.cluster": "其標題{headers:quoted}和數字描述的是分組，不是客戶",
  "sheet.why.catalogue": "其標題{headers:quoted}描述的是產品，且沒有欄指明客戶",
  "sheet.why.header-only": "只有標題列，下面沒有資料列",
  "sheet.why.order-lines":
    "其標題{headers:quoted}描述的是售出的商品，且「{header}」中的買家在許多列重複出現（{rows} 列中只有 {buyers} 位買家）：這是訂單簿，每列一件售出的商品",
  "sheet.why.claims":
    "其標題{headers:quoted}記錄的是針對保單的理賠，每列一筆理賠：名冊中沒有存放理賠的工作表",
  "sheet.why.transactions": "其標題{headers:quoted}記錄的是銷售或訂單，每列一筆交易",
  "sheet.why.supplier-names":
    "{column} 欄列出的是工作表「{sheet}」中的供應商（{total} 方中有 {count} 方）：各列是關於供應商的，不是客戶",
  "sheet.why.suppliers":
    "其各列是採購紀錄（{evidence:quoted}）：{column} 欄是供貨的供應商，不是客戶",
  "sheet.why.trades":
    "各列是買賣交易，不是持有的資產：{rows} 列中「{first}」×「{second}」等於「{amount}」，且資金有進有出（有買有賣）",
  "sheet.why.periods": "其各欄是期間（{headers:quoted}），填的是數字",
  "sheet.why.progress":
    "其中 {count} 欄是編號排列的任務（{headers:quoted}），逐列打分或標記：記錄的是完成這些任務的人的進度，不是客戶",
  "sheet.why.checklist":
    "其中 {count} 欄只有勾和叉（{marks:quoted}）：是逐列記錄各項工作是否完成的核對表",
  "sheet.why.flags": "其中 {count} 欄只有 0 和 1 標記",
  "sheet.why.summary-name": "其名稱「{name}」且大多是數字：是彙總表",
  "sheet.why.form-lines":
    "其欄位{headers:quoted}在 {forms} 張單據上各寫一次，下面只有一行內容：是每張單據自己的資訊，不是記錄清單",
  "sheet.why.aggregates": "其標題{headers:quoted}是計數和加總，每列一組",
  "sheet.why.place-figures":
    "其各列是地點（{places:quoted}）及其統計數字（{figures:quoted}），沒有任何一欄可聯絡或編號某人：是按地點的統計，不是客戶",
  "sheet.why.dropdown-lists":
    "其各欄{headers:quoted}是選項清單：每欄各是一串互不重複的詞，長短不一，各列不是紀錄",
  "sheet.why.lookup": "它是只有一兩欄標籤或代碼的簡短清單",
  "sheet.why.place-table":
    "其名稱「{name}」表明各列是地點，沒有一列寫明客戶或聯絡方式：是地點對照表，不是客戶",
  "sheet.why.lookup-name":
    "其名稱「{name}」且只有幾欄簡短的詞語或代碼：是下拉選項（字典）表，不是客戶",
  "sheet.why.field-list":
    "其欄「{header}」為每列給出資料類型（文字、數值、日期）：各列是表單或資料表的欄位，不是紀錄",
  "sheet.why.field-names":
    "其欄「{header}」每列是程式裡的一個欄位名稱（ride_0、cust_id），旁邊寫著各欄位的含義：是說明另一個檔案各欄的欄位說明，不是紀錄",
  "sheet.why.settings": "其各欄{headers:quoted}是設定：每列一個鍵及其值",
  "sheet.why.workbook-parts":
    "其中一欄列出的是本活頁簿自身的部件（{names:quoted}）：其他表格的表頭或儲存格範圍，是活頁簿的輔助內容，不是記錄",
  "sheet.why.sheet-index":
    "其中一欄列出的是本活頁簿的其他工作表（{names:quoted}）：它是活頁簿的目錄",
  "sheet.why.metrics": "其各列是指標（{labels:quoted}）及其數值，不是記錄",
  "sheet.why.projection":
    "其各列逐年加一（{headers:quoted}：{from} … {to}），旁邊是各欄金額：這是一份保單或計畫的逐年試算，不是紀錄",
  "sheet.why.ledger-headings":
    "其欄「{header}」寫的是帳簿的科目或收支項目（{examples:quoted}）：是錢的去向或來源，不是人或公司，也沒有哪一欄寫出或能聯絡到任何人",
  "sheet.why.points": "其欄「{header}」給出加分或扣分（+500、扣200）：各列是計分規則，不是紀錄",
  "sheet.why.bands":
    "其各列是從「{low}」到「{high}」的區間，每段從上一段的終點開始：是價格或費率表，不是客戶",
  "sheet.why.client-repeats":
    "同一客戶編號（{header}）在多列重複出現，每列有日期（{date}）和金額（{amount}）：每列一筆交易",
  "sheet.why.party-repeats":
    "「{header}」中的同一名稱在多列重複出現，每列有日期（{date}）和金額（{amount}），而「{sheet}」已逐一列出客戶：每列一筆交易，沒有新客戶",
  "sheet.why.staff": "其標題{headers:quoted}描述的是同事（部門、職位、員工編號），不是客戶",
  "sheet.why.logins": "其標題{headers:quoted}是登入帳號和密碼：這是使用者帳號清單，不是客戶",
  "sheet.why.shared-password":
    "「{header}」欄幾乎每一列都是同一個密碼：這是要開通的使用者帳號的初始密碼，是本單位自己的使用者，不是客戶",
  "sheet.why.staff-logins":
    "其標題{headers:quoted}是登入用的使用者名稱及其職位或部門：這是本單位系統自己的使用者，不是客戶",
  "sheet.why.own-unit-names":
    "{column} 欄列出的是工作表「{sheet}」中本單位自己的店鋪或分支機構（{total} 個名稱中有 {count} 個）：各列是這些店鋪或機構，不是客戶",
  "sheet.why.own-units":
    "其各列是「{header}」列出的門市或據點，並記有只有經營者自己才會記錄的資訊（{evidence:quoted}：經營方式、開業日期、面積、是否營業中）：是本單位自己的店鋪或分支機構，不是客戶",
  "sheet.why.founders":
    "{header} 欄寫的是每人在同一機構中的角色，其中有創辦人（{roles:quoted}），且沒有欄寫他們所在的公司：是本機構自己的團隊，不是客戶",
  "sheet.why.staff-evidence":
    "其名稱、標題和內容（{evidence:quoted}）描述的是本單位的人員（部門、職務、分機），不是客戶",
  "sheet.why.staff-serving":
    "其人員是「{sheet}」在「{header}」中作為客戶經理列出的本單位員工：不是聯絡人",
  "sheet.unsure.summary":
    '無法確定它是{registerSheet:sheet}（{score}）還是{runnerUp:msg}：{why:msg}。如果它是{registerSheet:sheet}：--map "{sheet}!*={target:sheet}"',
  "sheet.unsure.summary-behind":
    '無法確定它是{registerSheet:sheet}（{score}）：{runnerUp:msg}的可能更高，因為{why:msg}。如果它是{registerSheet:sheet}：--map "{sheet}!*={target:sheet}"',
  "sheet.unsure.few-named": "{rows} 列中只有 {named} 列在「{header}」中寫明是誰",
  "sheet.unsure.no-subject": "{rows} 列中沒有任何一欄寫明每列是誰",
  "sheet.unsure.key-only": "{rows} 列只在「{header}」中給出代碼，沒有客戶的其他資料",
  "sheet.unsure.no-holder": "{rows} 列中沒有一列寫明是誰的資產（沒有客戶名稱或編號）",
  "sheet.unsure.no-policy":
    "{rows} 列只用「{header}」指客戶，卻沒有保單的任何資料（保單號碼、險種、保險公司、被保險人或保障期間）：按編號記的數字，不是誰的保單",
  "sheet.unsure.evidence":
    "其各列的證據不支持客戶資料（證據 {evidence}，低於 {margin}），最主要的是{against:msg}",
  "sheet.evidence.figures": "其 {share} 的欄是數字",
  "sheet.evidence.periods": "其 {share} 的欄是期間（月份、年份）",
  "sheet.evidence.identifiers": "其所列名稱中 {share} 是欄位名（如 Cust_Id、客戶名稱）",
  "sheet.evidence.dated":
    "其所列名稱中 {share} 以日期開頭（如 20240102）：按日記錄的一列列數字，不是客戶",
  "sheet.evidence.standIns": "其所列名稱中 {share} 不是真實的人（如張三、測試客戶、散客）",
  "sheet.evidence.headerless": "它沒有標題列",
  "sheet.evidence.othersNotData": "活頁簿中其他表格有 {share} 不是名冊資料",
  "sheet.evidence.nothing": "其各列沒有寫明或聯絡到任何人",
  "sheet.unsure.weak-class": "其標題幾乎不像任何名冊工作表",
  "sheet.unsure.runner-up-none": "非名冊資料（{runnerUpScore}）",
  "sheet.unsure.runner-up-sheet": "{runnerUpSheet:sheet}（{runnerUpScore}）",
  "kind.unsure": "無法確定如何讀取的表",
  "import.sheet-unsure": "未匯入，{reason:msg}",
  "mapping.unsure": "{where}：不匯入，{reason:msg}",
  "sheet.why.plans-on-offer":
    "其各列只列保障條件（保額、保費、年期），不指明客戶、被保險人、保單號碼，也沒有保障起訖日期：這是在比較的待選產品，不是誰持有的保單",
  "sheet.why.no-client":
    "其各列不指明客戶，而旁邊的「{sheet}」按客戶列出同類記錄：這是參考資料，不是客戶持有的",
  "sheet.why.breakdown":
    "其數字（{figures:quoted}）與列出客戶的「{sheet}」相同，只是改按「{header}」分列：是同一筆業務按產品、月份或地區的分析，不是客戶",
  "sheet.why.replaced":
    "其各列在「{header}」中指向「{sheet}」裡較晚生效的紀錄（{rows} 列）：是已被那些紀錄取代的舊期，不是現行紀錄，匯入會把每筆再加一次",
  "sheet.why.profile-of":
    "其各列都是「{sheet}」中的客戶，其餘各欄都不是登記表欄位：這是附在名單旁的檔案，不是客戶記錄",
  "sheet.why.same-people": "所列的人大多已在客戶名單「{list}」中：是從那裡摘出的，沒有新的客戶",
  "sheet.why.instructions": "各列說明每個欄位如何填寫（{header}：必填或選填），不是紀錄",
  "sheet.why.hidden-copy":
    "是隱藏的工作表，其各列是「{source}」中的紀錄（其{column}欄的 {count} 個值中有 {found} 個在那裡）：是樞紐分析表或報表的資料來源，已從「{source}」匯入",
  "sheet.why.hidden-rows":
    "是隱藏的工作表，其各列逐格都在「{source}」中（{count} 列中有 {found} 列）：是樞紐分析表或報表的資料來源，已從「{source}」匯入",
  "sheet.why.rows-copy":
    "其各列逐格都在「{source}」中（{count} 列中有 {found} 列），那裡的列這裡也幾乎都有：是副本，已從「{source}」匯入一次",
  "sheet.why.drawn-repeats":
    "其各列指向「{source}」中的紀錄（其{column}欄的 {count} 個值中有 {found} 個在那裡），有的紀錄佔了好幾列：記的是為它們做的事（配送、電話、車次），沒有新的紀錄",
  "sheet.why.drawn-from":
    "其各列是「{source}」中的紀錄（其{column}欄的 {count} 個值中有 {found} 個在那裡），另加自己的欄（{own:quoted}）：是從那裡做出的工作清單，沒有新的紀錄",
  "sheet.why.copy-held":
    "其各列是「{source}」中的紀錄（其{column}欄的 {count} 個值中有 {found} 個在那裡），所寫的內容那裡都有（{held}% 的值在那裡的對應列中）：是副本，已從「{source}」匯入一次",
  "sheet.why.same-list-kept":
    "與「{source}」是同一份名單（其{column}欄的 {count} 個值中有 {found} 個在那裡，兩表所寫的內容彼此都有）：只從「{source}」匯入一次，那裡 {namedSource}% 的列寫有名稱，這裡只有 {namedHere}%",
  "sheet.why.test-tab":
    "其工作表名稱表明這是測試或範例（「{word}」），而「{sheet}」中是同類的紀錄：匯入真實的紀錄，不匯入試用的列",
  "sheet.why.duplicates-tab":
    "其工作表名稱表明列的是重複的紀錄（「{word}」），同類的紀錄在「{sheet}」中：不再重複匯入",
  "sheet.why.view-beside":
    "其各列又是{range}處表格中的紀錄（其{column}欄的 {rows} 個值中有 {found} 個指向那裡的列，如{values:quoted}）：是由該表做出的檢視，不是另外的紀錄",
  "sheet.why.lookup-of":
    "其{column}欄逐一列出「{sheet}」的{other}欄在 {rows} 列中所用的值（其 {count} 個值中有 {found} 個在這裡，如{values:quoted}）：是這些值的對照表，不是紀錄",
  "sheet.why.copy-of": "其每一列都重複「{sheet}」中的一列：是副本，已從那裡匯入",
  "sheet.why.period-grid": "其各列是每位客戶每期一列、所有客戶同樣的期間：是歷年數字，不是記錄",
  "sheet.why.buyer-log-merged":
    "按客戶清單讀取：活頁簿中沒有客戶清單，而本表的 {rows} 列是交易紀錄，{column} 欄列出 {count} 位買家，每位買家的名稱只寫一次、合併儲存格涵蓋其訂單的各列（{merged} 列）；每位買家即為一位客戶，其各列合併為一筆。",
  "sheet.why.buyer-log-papers":
    "按客戶清單讀取：活頁簿中沒有客戶清單，而本表的 {rows} 列是銷售紀錄，每列在 {papers} 欄有各自的訂單或發票號（開給買家的單據，不是買家持有的資產），{column} 欄列出 {count} 位買家，多位在多列重複出現；每位買家即為一位客戶，其各列合併為一筆。",
  "sheet.why.buyer-log":
    "按客戶清單讀取：活頁簿中沒有客戶清單，而本表的 {rows} 列是交易紀錄，{column} 欄列出 {count} 位買家，多位在多列重複出現（{evidence:quoted}在同一買家的各列一致）；每位買家即為一位客戶，其各列合併為一筆。",
  "sheet.why.member-log":
    "按客戶清單讀取：其 {rows} 列是交易紀錄（{headers:quoted}），但每列都帶有該會員本人的資料（{personal}），同一會員各列一致；按 {column} 欄區分的 {count} 位會員即為客戶，每位會員的各列合併為一筆。",
  "sheet.why.linked-client-list":
    "按客戶清單讀取：「{other}」的 {column} 欄用本表的 {id} 指明每列的客戶（其 {count} 個編號中有 {found} 個在本表）。",
  "sheet.why.guests":
    "其標題與表名（{evidence:quoted}）列的是活動的賓客（分組、桌號、人數、禮金），不是客戶",
  "sheet.why.guests-phonebook": "只有姓名和電話，放在賓客名單「{list}」旁邊：是通訊錄，不是客戶",
  "sheet.why.outline":
    "「{header}」的各項按縮排分成三層以上、層層巢狀：是工作的大綱（專案、階段、任務），不是客戶名單",
  "sheet.why.no-one-named":
    "它的 {rows} 列都沒有寫出客戶名稱（沒有欄位寫名稱，或名稱欄每一列都是空的）：不寫任何人的列沒有可登錄的內容；如果某一欄確實是名稱，請把它對應為名稱",
  "sheet.why.code-only-rows":
    "各列沒有寫任何人：只有「{header}」（{ids} …）把每列連到一位客戶，活頁簿裡沒有哪張表列出這些客戶，其他標題也沒說各列要記什麼：是按客戶編號記的別的東西（價格、申請），沒有可匯入的",
  "sheet.why.sorting-names":
    "「{header}」在 {rows} 列中只寫了 {names} 個名稱：這些名稱只是把各列分組（商戶、據點、通路），各列記的是別的東西，不是客戶名單",
  "sheet.why.daily-report":
    "它是 {days} 個以日期命名、版式相同的工作表之一，每天列出同樣的 {names} 個名稱和當天的數字，沒有任何聯絡方式：是每天填報的報表（團隊或門市的業績），不是客戶名單",
  "sheet.why.staff-on-rows":
    "沒有欄指明客戶：其中的姓名（{names:quoted}）在許多列反覆出現，旁邊是其所屬單位（{units:quoted}），是經辦各列的員工",
  "sheet.why.row-role": "其名稱、標題或表頭（{evidence:quoted}）表明各列是{role:msg}，不是客戶",
  "sheet.why.no-contact":
    "其表頭（{headers:quoted}）記的是日期、金額或付款，卻沒有指明客戶，也沒有說明任何一次接觸（地點、人員、目的、談話內容）：是帳目，不是拜訪記錄",
  "sheet.why.no-complaint":
    "其表頭（{headers:quoted}）只因任何帶日期的記錄都有的詞（狀態、日期、類型、備註）而像客訴；表中沒有任何地方指明客訴、工單或出了什麼問題",
  "sheet.why.complaints-against-others":
    "沒有欄寫明投訴人，而 {header} 欄寫的是被投訴的 {count} 家不同企業（{firms:quoted}）：是公開的對他人的客訴記錄，不是您的客戶提出的客訴",
  "sheet.why.complaint-history":
    "{header} 欄在多列寫同一客訴（{rows} 列中只有 {complaints} 件客訴）：是客訴的變更記錄，不是客訴本身",
  "sheet.why.unreached-pursuit":
    "表中沒有任何聯絡方式（電話、電子郵件或地址），其表頭（{headers:quoted}）記的是{pursuit:msg}：是為此列出的人員，不是客戶",
  "sheet.why.unreached-first-names":
    "{header:quoted} 欄只寫名字（{examples:quoted}），旁邊只有日期和年份，表中沒有任何聯絡方式（電話、電子郵件或地址）：無法分辨、也無從往來的人，不是客戶",
  "pursuit.exam": "考試及考生",
  "pursuit.penalty": "主管機關的處罰",
  "pursuit.attendance": "進出場所的簽到簽退",
  "pursuit.pay": "員工的薪資",
  "role.supplier": "供應商",
  "role.staff": "本單位員工",
  "role.student": "學生",
  "role.voter": "選民",
  "role.player": "球員或運動員",
  "role.volunteer": "志工",
  "role.friend": "本人的親友和同學（私人聯絡人）",
  "role.team": "團隊成員",
  "sheet.why.role-people": "其所列人員中有 {share} 在「{sheet}」中列為{role:msg}：在這裡也不是客戶",
  "sheet.why.staff-people":
    "其中 {share} 的人員是「{sheet}」所列的本單位人員：這是員工資料，不是客戶",
  "mapping.loose-cells": "{where}：沒有標題的零散儲存格，不匯入",
  "mapping.no-table": "{where}：未找到表格",
  "mapping.not-data":
    '{where}：不匯入（{kind:msg}：{reason:msg}）；如果是名冊資料：--map "{tab}!*=客戶"',
  "mapping.not-imported": "{where}：不匯入",
  "mapping.sheet": "{where} → {registerSheet:sheet}（信賴度 {confidence}；標題列 {headerRows}）",
  "mapping.sheet-no-rows":
    "{where} → {registerSheet:sheet}（信賴度 {confidence}；標題列 {headerRows}）：標題下沒有資料列，未匯入；下面的欄位對應可儲存，用於填好資料的活頁簿",
  "mapping.sheet-form":
    "{where} → {registerSheet:sheet}（信賴度 {confidence}；表單：第 {rows} 列的標籤與值，是一筆紀錄）",
  "mapping.sheet-headerless":
    "{where} → {registerSheet:sheet}（信賴度 {confidence}；沒有標題列：依各欄的值辨識）",
  "mapping.no-header": "（無標題）",
  "mapping.column": "{letter} {header} → {field:field} {confidence}",
  "mapping.column-notes": "{letter} {header} → （備註） {confidence}",
  "mapping.column-row-numbers": "{letter} {header} → （列號） {confidence}",
  "mapping.column-elsewhere": "{letter} {header} → {target:sheet}.{field:field}（{why:msg}）",
  "mapping.column-transaction": "{letter} {header} → （每筆交易各自的值，未匯入）",
  "mapping.column-hidden": "{letter} {header} → （隱藏欄，未匯入）",
  "mapping.samples": "  例如 {samples}",

  "link.duplicate-client": "重複的客戶：{how:msg}。",
  "link.merged-into": "已合併到{target:msg}（{match:msg}）",
  "link.target-client": "客戶 {targetId}",
  "link.target-row": "來自 {targetSheet} 第 {targetRow} 列的紀錄",
  "link.target-existing": "名冊中已有的紀錄",
  "link.match-id": "客戶編號相同（{matchId}）",
  "link.match-contact": "姓名相同，且電話或電子郵件相同",
  "link.match-bare": "姓名相同，雙方都沒有電話或電子郵件",
  "link.match-card-again": "與上一列或下一列同名，且其中一張只有名稱和編號：同一客戶連續建了兩次",
  "link.match-name-only": "姓名相同，且兩列都沒有電話、電子郵件、證件號碼或生日",
  "link.match-id-number": "證件號碼相同",
  "link.match-addressed-name-phone":
    "電話相同，其中一個名字是姓氏加稱呼（如「朱女士」與「朱鵬浩」）",
  "link.match-name-phone": "姓名和電話相同",
  "link.match-name-email": "姓名和電子郵件相同",
  "link.match-name-birthday-address": "姓名、生日和地址相同",
  "link.match-name-across-sheets": "名稱相同，且在兩個工作表中都是唯一的客戶",
  "link.match-company-name": "企業名稱相同，且兩列的電話、地址、編號都沒有不一致",
  "link.same-client-rows":
    "第 {row} 列（{sheet}）與第 {otherRow} 列（{otherSheet}）是同一位客戶（{match:msg}）；已合併為一位客戶，有衝突的值已放入備註。",
  "link.apart-birthday": "，但生日不同",
  "link.apart-id-number": "，但證件號碼不同",
  "link.apart-client-id": "，但客戶編號不同",
  "link.apart-phone": "，但電話不同",
  "link.apart-email": "，但電子郵件不同",
  "link.apart-address": "，但地址不同",
  "link.apart-several": "，且同名客戶不只一位，僅憑名稱無法判斷是哪一位",
  "link.match-name-same-sheet": "同一工作表中姓名相同，且生日、證件號碼、電話和電子郵件都沒有不同",
  "link.same-name": "另有客戶同名（{otherIds}）{why:opt}；作為另一位客戶保留。",
  "link.updated": "已更新{target:msg}的「{field:key}」：{other} → {kept}。",
  "link.later-row":
    "{target:msg}的「{field:key}」採用日期較晚的第 {row} 列（{date}）：{kept}；較早的值 {other} 已放入備註。",
  "link.newer-sheet":
    "{target:msg}的「{field:key}」採用較新的工作表「{sheet}」：{kept}；較早的值 {other} 已放入備註。",
  "link.conflict":
    "{target:msg}的「{field:key}」有衝突：保留 {kept}，另一個值 {other} 已放入備註。",
  "link.also-owner":
    "{target:msg}也由 {other} 負責（同一客戶的另一列）：負責人保留 {kept}，{other} 已放入備註。",
  "link.also-owner-many":
    "{sheet} 中有 {count} 位客戶還由另一位員工負責（同一客戶的另一列）：保留一位負責人，另一位已放入備註；例如 {examples}。",
  "link.ids-elsewhere":
    "{rows} 列只用 {column} 指明客戶（{count} 個不同編號），本次匯入和登記表中都沒有這些編號的客戶：編號按原樣保留，匯入定義這些編號的客戶清單後即與客戶關聯。",
  "link.unknown-id": "沒有客戶的編號是 {id}；此列已保留但未連結客戶，編號已放入備註。",
  "link.unknown-id-by-name":
    "沒有客戶的編號是 {id}；此列指明的客戶 {name} 只有一位（{clientId}）：已連結到該客戶，編號已放入備註。本表其他編號對不上任何客戶的列也依客戶名稱同樣連結，不再逐列說明。",
  "link.no-client": "此列沒有指明客戶；已保留但未連結客戶。",
  "link.rows-no-client": "{count} 列沒有指明客戶；均已保留但未連結客戶。所在列：{rows}。",
  "link.rows-unlinked-name":
    "{count} 列所寫的客戶在名冊和本次匯入中都沒有（{values}）；均已保留但未連結客戶，名稱已放入備註。所在列：{rows}。",
  "link.unlinked-name": "{why:msg}；此列已保留但未連結客戶，名稱已放入備註。",
  "link.no-client-named": "沒有名為 {name} 的客戶",
  "link.several-named": "有多位客戶名為 {name}（{ids}）",
  "import.policyholder-column":
    "{column} 欄已作為由 {subject} 欄建立的客戶的「{field:field}」（保單備註中也保留一份）。",
  "import.form-read":
    "依表單讀取：第 {from}–{to} 列的「標籤：值」是一筆{registerSheet:sheet}紀錄（{fields} 個欄位），不是表格。",
  "import.linked-to-form":
    "這些列未寫客戶；它們位於本表 {name} 的表單（第 {row} 列）下方，已連結到該客戶。",
  "import.loans-as-assets":
    '各欄寫的是貸款本身的要素（{columns}）：每列依借款人持有的一筆貸款（資產回顧）讀取，姓名用於連結借款人。如果各列就是借款人本身：--map "{sheet}!*=客戶"。',
  "import.deal-stages-as-pipeline":
    '「{column}」一欄寫的是每筆生意進行到哪一步（已報價、洽談中、已下單、某個階段）：每列依所寫客戶的一個商機（開發進度）讀取。如果各列就是客戶本身：--map "{sheet}!*=客戶"。',
  "import.deal-shape-as-pipeline":
    '本表的表頭與工作表「{source}」相同，而那張表依每筆生意進行到哪一步讀作商機：本表各列也依商機（開發進度）讀取，「{column}」一欄寫的是每個商機的客戶。如果各列就是客戶本身：--map "{sheet}!*=客戶"。',
  "import.lost-sales-as-pipeline":
    '「{columns}」一欄寫的是生意沒做成的原因：只有商機才會流失，所以每列依所寫客戶的一個商機（開發進度）讀取。如果各列就是客戶本身：--map "{sheet}!*=客戶"。',
  "import.service-calls-as-visits":
    '各列是為客戶提供的服務（{words}），表中沒有「客訴」之類的字樣：每列依與客戶的一次接觸（拜訪紀錄）讀取。如果各列是客戶回報的故障：--map "{sheet}!*=客訴"。',
  "import.headerless-list":
    "此表沒有可辨識的標題列：自第 {first} 列起每一列都依{registerSheet:sheet}紀錄讀取，各欄僅憑其值辨識（{fields:fields}），請核對對應。",
  "import.assets-from-classes":
    "已從各資產類別欄 {columns} 建立 {count} 筆資產紀錄：客戶持有的每一類各記一筆，記為本行持有；合計欄是各類之和，不另記資產。這些欄也保留在客戶備註中。",
  "import.assets-from-balance":
    "已從餘額欄 {columns} 建立 {count} 筆資產紀錄：每位客戶取最近一期的數字，記為本行持有；這些欄也保留在客戶備註中。",
  "import.family-from-insured":
    "已從 {insured} 欄建立 {count} 位家庭成員：保單的被保險人不是該客戶本人時，依 {relation} 欄的關係記為該客戶的家庭成員。",
  "import.owner-from-title":
    "沒有欄位寫明客戶的負責人；表格上方的「{line}」寫明了 {owner}，已將其設為本表 {count} 位客戶的負責人。",
  "import.policies-by-household":
    "本保單清單按家庭填寫：{relation} 欄寫明為本人（本人、戶長）的列，已從 {subject} 欄建立客戶；其下方 {count} 位親屬已作為該客戶的家庭成員讀入；每一列的保單都屬於該家庭的客戶，被保險人為該列的人（其中 {policies} 張在親屬的列上）。",
  "import.visits-from-review-dates":
    "已從接觸日期欄位 {columns} 建立 {count} 次拜訪：上次的日期是當天的一次拜訪，下次的日期是它的下次拜訪日期（該列沒有上次日期時，是當天計劃的一次拜訪），關聯到該列的客戶；這些欄位不再寫入客戶的備註。",
  "import.family-from-columns":
    "已從親屬欄位 {columns} 建立 {count} 位家庭成員：客戶那一列寫到的每位親屬一位，關聯到該客戶，關係取自表頭；這些欄位不再寫入客戶的備註。",
  "import.tiers-from-column":
    "已從 {column} 欄讀入 {count} 個客戶級別：每位客戶在表中的級別記入客戶分級表的調整級別（人為決定，重新計算分級時保留）；不是登記冊級別的值仍寫入客戶的備註。",
  "import.contacts-from-columns":
    "已從聯絡人欄位 {columns} 建立 {count} 位聯絡人：企業那一列寫到的每個人一位，關聯到該企業，職務、電話、電子郵件取自姓名旁的欄位；企業仍是客戶，保留自己的電話和電子郵件。",
  "import.policies-from-held":
    "已從 {products} 欄建立 {count} 張保單：客戶那一列列出的每個險種一張，關聯到該客戶{premiumNote:opt}；這些欄位不再寫入客戶的備註。",
  "import.policies-from-held-premium":
    "。{premium} 欄的保費：只列一個險種時記入該保單；列出多個險種時是客戶的合計，記入列出的第一張並加註說明，除非儲存格按險種分別寫了金額",
  "import.policies-of-household-members":
    "其中 {count} 張保單列在親屬那一列（關係見 {relation} 欄）：要保人是該家庭的客戶，被保險人是該親屬，關係寫在保單備註中。",
  "import.visits-from-calls":
    "這是一份外撥名單：{outcome} 欄顯示已接通的 {count} 通電話，已依 {date} 欄的日期記為電話拜訪；未接通、空號等通話不記為拜訪。",
  "import.family-from-dependant-rows":
    "{count} 列本人姓名或編號空白、在 {column} 欄寫明眷屬：已作為其上方成員的家庭成員讀入，而不是客戶。",
  "import.memo-lines":
    "{count} 列只有上一筆紀錄的備註續行（匯出時換行未加引號）：已併入其上方紀錄的備註，未作為紀錄讀入。",
  "import.joined-by-key":
    "本表自身沒有客戶名稱：每一列依{column}併入「{master}」中對應的客戶（{count} 個編號中有 {found} 個在那裡），不另立客戶。",
  "import.empty-slots":
    "有 {count} 列沒有寫任何人，也沒有自己的內容，只有流水號或各欄在許多列上重複的值（第 {rows} 列）：視為名單中的空位，未作為客戶匯入。",
  "import.derived-unmatched":
    "其中 {count} 列的{column}在「{source}」中找不到（第 {rows} 列：{keys}）：這些列沒有隨本表匯入；如是新紀錄，請補到「{source}」中",
  "import.named-rows":
    '本活頁簿中沒有可認出的登錄資料，但工作表「{sheet}」是一份逐列不同的名單：{column} 欄在 {rows} 列中各寫著一個不同的人或單位，因此按它最像的名單——客戶名單——讀取，每列作為一個客戶匯入，由該欄指明客戶，並對應其明顯的欄（電話、電子郵件、證件號、編號）。如果這不是客戶名單，用 --map "{sheet}!*=-" 將其排除。',
  "import.clients-by-values":
    '本活頁簿中沒有按標題可認出的登錄資料，但工作表「{sheet}」按其值看是一份對象名單：{column} 欄在 {rows} 列中每列寫著一個不同的對象，因此每列都已作為客戶匯入，由該欄指明客戶。如果這不是客戶名單，用 --map "{sheet}!*=-" 將其排除；要改用其他欄作客戶，用 --map "{sheet}!標題=客戶名稱"。',
  "import.party-of-each-row":
    "{column} 欄每列是不同的一方，而 {grouped} 欄只有 {groups} 方、各佔多列：各列按 {column} 欄讀取，{grouped} 欄放入備註。",
  "import.label-lines":
    "其各列由 A 欄的標籤區分：標為「{label}」的 {count} 列是客戶，每列一位；其餘 {others} 列（別的標籤及其下的列）是屬於客戶的內容，不是客戶，未匯入",
  "import.firms-as-clients":
    "這份名單每家公司只列一位聯絡人，活頁簿裡也沒有其他表把這些公司列為客戶：每家公司按客戶讀取，那位聯絡人作為其常用聯絡人，而不是讀入聯絡人表。",
  "import.values-as-clients":
    "這張表的標題列裡沒有任何名冊表的用語：已按資料本身讀取，就像人看的那樣——{name} 欄是名稱，{contact} 欄是其電話或電子郵件——每列按客戶讀取。",
  "import.people-as-clients":
    "這份人員名單沒有指明他們所屬的公司或客戶（沒有單位欄、沒有共用的客戶編號，活頁簿裡也沒有客戶清單）：每個人按客戶讀取，而不是聯絡人。",
  "import.group-rows-subject":
    "本表按客戶分組填寫：{count} 個標題列（第一個在第 {first} 列）各自寫明其下方列所屬的客戶，表中沒有客戶欄；已將每個標題讀作其下方 {rows} 列的客戶，標題列本身不是紀錄。",
  "import.family-from-household":
    "本客戶清單按家庭填寫：{relation} 欄寫明為親屬（配偶、子女等）的 {count} 列，已作為其上方客戶的家庭成員讀入，而不是客戶。",
  "import.clients-from-accounts":
    "活頁簿中沒有客戶清單：已從 {column} 欄（每人所屬的客戶）建立 {count} 位企業客戶；表中每人都已作為所屬客戶的聯絡人，沒有所屬客戶的人則建為個人客戶。",
  "import.clients-from-deals":
    "活頁簿中沒有客戶清單：已從 {column} 欄（每筆商機的對象）建立 {count} 位客戶，商機都已連結到各自的客戶。",
  "import.deal-party-column": "{column} 欄已作為由 {subject} 欄建立的客戶的「{field:field}」。",
  "import.name-stand-in":
    "{count} 列的 {column} 空白；這些列已保留，並以 {from} 作為名稱（例如{examples:quoted}）。",
  "import.deal-updates":
    "有 {count} 列再次寫了上面已列出的客戶，且本表沒有商機編號或商機名稱：每位客戶的各列視為同一筆商機（共 {deals} 筆，如 {examples}），取最新一列的值；之前不同的值逐一列為更新。",
  "import.numbered-groups":
    "已從編號欄 {later} 再讀出 {count} 筆{registerSheet:sheet}記錄：每組有值的欄各成一筆記錄，按第一組（{first}）的方式讀取。",
  "import.contacts-from-deals":
    "已從 {column} 欄（每筆商機的聯絡人）建立 {count} 位聯絡人，各歸入 {subject} 欄所寫的客戶{with:opt}。",
  "import.contacts-from-deals-fields": "（含 {columns}）",
  "import.clients-from-policyholders":
    "活頁簿中沒有客戶清單：已從 {column} 欄（每張保單所屬的人）建立 {count} 位客戶，保單都已連結到各自的客戶。",
  "import.sheet-subject-name":
    '工作表「{sheet}」沒有一欄寫明各列所屬的客戶：已將工作表名稱「{name}」作為其 {count} 列{registerSheet:sheet}的客戶（活頁簿中沒有客戶清單時，會建立該客戶）。如果某一欄寫的是客戶，請指定：--map "{sheet}!表頭=客戶名稱"。',
  "import.sheet-subject-title":
    '工作表「{sheet}」沒有一欄寫明各列所屬的客戶：第 {row} 列的標題「{line}」寫的是「{name}」，已作為其 {count} 列{registerSheet:sheet}的客戶（活頁簿中沒有客戶清單時，會建立該客戶）。如果某一欄寫的是客戶，請指定：--map "{sheet}!表頭=客戶名稱"。',
  "import.clients-from-records":
    "活頁簿中沒有客戶清單：已從 {column} 欄（{registerSheet:sheet}各列所屬的客戶）建立 {count} 位客戶，各列都已連結到各自的客戶。",
  "import.record-client-column": "{column} 欄已作為由 {subject} 欄建立的客戶的「{field:field}」。",

  // Sheets that are not register data, and the honest outcome (issue 9)
  "import.sheet-not-data":
    "未匯入：此工作表看起來是{kind:msg}，不是名冊資料（{reason:msg}）。如果它是名冊資料，請用對應指明其類型，例如「{tab}!*=客戶」。",
  "import.sheet-left-out": "未匯入：對應將此工作表排除在外。",
  "import.partner-addresses":
    "有 {count} 列是公司的發票、送貨或其他地址（{column}）：已略過，未作為客戶匯入。",
  "import.partner-companies-made":
    "{column} 中寫在人名前的 {count} 家公司（「公司, 人名」）沒有自己的列：已將每家公司建為客戶，其人員作為聯絡人。",
  "import.partner-contacts":
    "有 {count} 列是客戶公司的人員（公司見 {column}）：每人都作為該公司的聯絡人匯入，而不是作為客戶。",
  "import.transaction-columns":
    "有 {count} 欄記錄的是每筆交易而非買家，未寫入客戶備註：{columns}。這些欄在同一買家的各列取值不同；來源活頁簿中仍保留它們。",
  "import.hidden-columns":
    "有 {count} 欄未匯入：它們在來源表中是隱藏欄，或是系統自用欄（「Do Not Modify / 請勿修改」）：{columns}。其值既未匯入，也未寫入備註；若對應中指名某欄，則會匯入該欄。",
  "import.closed-from-end-date":
    "沒有狀態但 {column} 填了日期的客訴已標為「已關閉」：案件已在該日期結案。",
  "import.resolved-from-end-date":
    "沒有狀態但 {column} 填了日期的客訴已標為「已解決」：客訴已在該日期解決。",
  "import.open-without-end-date":
    "既沒有狀態、{column} 也沒有日期的客訴已標為「待處理」：案件尚未結案。",
  "import.kind-from-person-names":
    "沒有欄位給出客戶類型：{column} 中的名稱都是人名，且表中有個人資料（手機號碼、性別、生日或身分證字號），因此名稱為人名的客戶都標為個人。",
  "import.kind-from-names":
    "沒有欄位給出客戶類型：{column} 中名稱為公司或機關單位（…有限公司、…醫院、… Ltd）的客戶都標為企業。",
  "import.kind-from-id-numbers":
    "沒有欄位給出客戶類型：{column} 中有個人證件號碼（A123456789、18 位身分證號）的客戶都標為個人。",
  "import.kind-from-contact-list":
    "沒有欄位給出客戶類型：{column} 中是員工加入的聯絡人（企業微信/微信），這些客戶都標為個人。",
  "import.kind-from-company-columns":
    "沒有欄位給出客戶類型：本表的欄位是企業才有的（{columns}），因此其客戶都標為企業。",
  "import.kind-from-person-columns":
    "沒有欄位給出客戶類型：{columns} 中填有性別、生日或個人收入的客戶都標為個人（企業沒有這些）。",
  "value.unit-outlier":
    "{value} 約為本欄常見數值的 {times} 倍，而本欄標題以 {multiplier} 為單位計數：已讀作 {amount}。它可能是按全額書寫的，請核對。",
  "value.other-currency":
    "金額 {value} 以 {written} 書寫，不是本欄的 {currency}：數值依 {written} 原樣保留，未換算，原文已記入備註。",
  "value.other-currency-in-row":
    "金額 {value} 是 {written}（見 {column} 欄），不是本表其他金額的 {currency}：數字按原樣保留，未換算，幣別留在旁邊一欄。",
  "value.other-currency-row":
    "金額 {value} 以 {written} 書寫，不是本欄的 {currency}：數值依 {written} 保留，未換算；該列幣別為空時已設為 {written}。",
  "value.other-currency-than-row":
    "金額 {value} 以 {written} 書寫，不是該列的幣別 {currency}：數值依 {written} 原樣保留，未換算，原文已記入備註；該列幣別仍為 {currency}。",
  "import.note-unit":
    "表格旁的備註「{note}」寫明了金額的單位：{columns} 的數字已按此單位讀入（{unit}），這些欄的表頭本身沒有寫單位。",
  "import.side-note": "表格旁 {range} 的備註，原文保留在此：它不屬於任何客戶，未匯入。",
  "import.loose-cells": "未匯入：{range} 的儲存格位於本工作表的表格之外，且沒有自己的標題列。",
  "import.nothing-imported": "沒有匯入任何內容：{sourceRows} 列來源資料，沒有一列成為名冊紀錄。",
  "import.no-data-rows":
    "沒有可匯入的內容：活頁簿中的表格只有標題列，下面沒有資料列。已列出各欄將如何對應，可儲存為對應檔，用於填好資料的活頁簿。",
  "import.sheet-all-rejected": "此工作表的每一列都被拒絕（{rejected} 列）。",
  "kind.pivot": "樞紐分析表",
  "kind.dashboard": "儀表板",
  "kind.catalogue": "產品目錄",
  "kind.suppliers": "供應商的紀錄",
  "kind.transactions": "交易流水",
  "kind.cluster": "分群或客群表",
  "kind.matrix": "數字矩陣",
  "kind.summary": "彙總表",
  "kind.lookup": "對照表",
  "kind.people": "非客戶的人員或單位名單",
  "kind.guests": "賓客名單",
  "kind.unnamed": "未指明客戶的記錄",
  "kind.no-complaint": "沒有客訴內容的記錄",
  "kind.history": "其他記錄的變更歷程",
  "kind.copy": "從另一份名單摘出的名單",
  "kind.instructions": "範本填寫說明",
  "kind.checklist": "工作核對表",
  "kind.form-lines": "每張單據上重複的欄位",
  "kind.empty": "空表",
  "import.required-date-unmapped":
    "沒有欄對應「{field:field}」，這些資料列已匯入，該欄位留空。如果工作表中有此欄，請用「{sheet}!表頭={field:field}」對應。",

  // Re-import into an edited register (issue 13)
  "what.import-state-sheet": "以往匯入記下的來源資訊，不是客戶資料",
  "import.merge-conflict":
    "{record:msg}的「{field:key}」有衝突：名冊（{registerSheet:sheet}）中是 {registerValue}，來源（{sourcePlace:msg}）中是 {sourceValue}；自上次匯入以來兩邊都改過。{outcome:msg}",
  "merge.kept-register": "保留了名冊中的值（用 --prefer source 改為採用來源的值）。",
  "merge.took-source": "採用了來源的值（--prefer source）。",
  "merge.updated": "已依來源更新{record:msg}的「{field:key}」：{from} → {to}。",
  "record.client": "客戶 {clientId}",
  "record.child": "客戶 {clientId} 的{registerSheet:sheet}紀錄",
  "record.unlinked": "未連結客戶的{registerSheet:sheet}紀錄",
  "record.group": "分組",
  "place.cell": "{sourceSheet} 第 {sourceRow} 列，{sourceColumn} 欄",
  "place.row": "{sourceSheet} 第 {sourceRow} 列",
  "import.cell-cut":
    "「{field:key}」中的文字有 {length} 個字元，Excel 儲存格最多容納 {limit} 個。儲存格保留前 {limit} 個字元，完整文字見本條的值。",

  // Cell values the normalisers could not read, or read with a warning (src/importer/normalize)
  "date.not-calendar": "日期 {value} 不是實際存在的日期（年 {year}，月 {month}，日 {day}）。",
  "date.excel-range": "日期 {value} 的年份是 {year}；Excel 只能儲存 1900 至 9999 年的日期。",
  "date.roc-year-range": "日期 {value} 的民國年份為 {rocYear}，超出 1 至 {max} 的範圍。",
  "date.short-year":
    "日期 {value} 的年份只有兩位或三位數，無法確定。請以四位數書寫西元年；如果該欄使用民國紀年，請將其標為民國日期。",
  "date.year-after-era": "日期 {value} 在民國紀年標記後寫了四位數年份。",
  "date.no-month": "日期 {value} 中沒有可以作為月份的部分。",
  "date.order-unlike-column":
    "日期 {value} 依{order:msg}讀取，與該欄其他日期不同，因為 {notMonth} 不可能是月份。",
  "date.day-month": "日/月",
  "date.month-day": "月/日",
  "date.ambiguous-order":
    "日期 {value} 的日月順序不明確：可能是 {b} 月 {a} 日，也可能是 {a} 月 {b} 日。請寫成 YYYY-MM-DD，或說明該欄的順序。",
  "date.not-a-time": "日期 {value} 後面的內容不是時間。",
  "date.unreadable": "日期 {value} 無法讀取。",
  "date.incomplete": "日期 {value} 不完整：需要年、月、日。",
  "date.no-day": "日期 {value} 不完整：缺少日。",
  "date.no-year": "日期 {value} 不完整：缺少年份。",
  "date.only-year": "日期 {value} 不完整：只有年份。",
  "date.not-a-date-text": "內容 {value} 不是可以讀取的日期。",
  "date.fake-leap-day":
    "Excel 日期序號 {value} 對應 1900-02-29，這一天並不存在（Excel 的已知錯誤）。",
  "date.serial-range": "數字 {value} 超出 Excel 日期的範圍（1 至 {max}）。",
  "date.text-serial": "文字 {value} 已依 Excel 日期序號讀取（{iso}）。",
  "date.small-serial":
    "數字 {value} 已依 Excel 日期序號讀取（{iso}）；如果它是年份或數量，請填寫完整日期。",
  "date.not-a-date": "內容 {value} 不是日期。",
  "date.time-only": "儲存格中只有時間 {value}，沒有日期。",
  "cell.invalid-date": "儲存格中是無效的日期。",
  "cell.excel-error": "儲存格中是 Excel 錯誤值 {error}。",
  "cell.unreadable": "內容 {value} 不是可以讀取的儲存格值。",
  "cell.placeholder-blank": "內容 {value} 已視為空白。",
  "number.not-a-number": "內容 {value} 不是數字。",
  "number.ambiguous-comma":
    "數值 {value} 中的逗號無法確定是否為小數點：可能是 {asPoint}，也可能是 {asGroups}。請用小數點書寫，或將活頁簿標為使用小數逗號。",
  "number.bad-groups": "數值 {value} 的千分位符號不是每三位一組。",
  "number.decimal-marks": "數值 {value} 有不只一個小數點。",
  "number.separators-after-decimal": "數值 {value} 的小數點後有分隔符號。",
  "number.after-unit": "數值 {value} 單位後面的數字有多種讀法。",
  "number.bad-unit": "數值 {value} 的單位「{unit}」無法讀取。",
  "number.unit-order": "數值 {value} 的單位順序不構成一個金額。",
  "number.no-number": "內容 {value} 中沒有數字。",
  "number.signs": "數值 {value} 有不只一個正負號。",
  "number.zhao":
    "數值 {value} 使用了「兆」，含義不明確（兆可指 10^6 或 10^12）；請用萬或億，或寫出完整金額。",
  "number.percent-and-unit": "數值 {value} 同時帶有百分比符號和單位或幣別。",
  "number.too-large": "數值 {value} 太大。",
  "number.column-unit-ambiguous": "該欄的單位不明確，因此無法讀取數值 {value}。",
  "number.not-finite": "內容 {value} 不是有限的數字。",
  "number.date-not-amount": "內容 {value} 是日期，不是金額。",
  "number.not-amount": "內容 {value} 不是金額。",
  "number.not-whole": "數值 {value} 不是整數。",
  "number.unsafe-integer": "數值 {value} 太大，無法精確儲存。",
  "number.score-range": "評分 {value} 超出允許範圍 {min} 至 {max}。",
  "number.percent-read": "數值 {value} 已視為 {percent}%。",
  "text.unreadable": "內容 {value} 無法作為文字讀取。",
  "phone.no-digits": "電話號碼 {value} 中沒有數字。",
  "phone.words": "電話號碼 {value} 是文字，數字太少，不是號碼。",
  "phone.bad-number": "電話號碼 {value} 是一個不可能是電話號碼的數字。",
  "phone.as-number": "電話號碼 {value} 以數字形式儲存，開頭的 0 或「+」可能已遺失；請核對。",
  "phone.unreadable": "內容 {value} 無法作為電話號碼讀取。",
  "email.date": "內容 {value} 是日期，不是電子郵件地址。",
  "email.several":
    "一個儲存格裡有 {count} 個電子郵件地址：第一個 {first} 作為電子郵件；儲存格原文保留在備註中。",
  "email.invalid": "電子郵件地址 {value} 看起來無效；已照原樣保留。",
  "enum.not-allowed": "內容 {value} 不是允許的選項之一：{allowed:values}。",
  "stage.outcome": "內容 {value} 說的是商機的結果（丟單、放棄或撤回），不是五個階段中的哪一個。",
  "enum.ambiguous": "內容 {value} 可能指 {keys:values} 中的多個選項；請使用確切的值。",
  "yesno.unreadable":
    "內容 {value} 不是「是」或「否」的回答；請用 是/否、Y/N、✓/✗、true/false 或 1/0。",
  "term.not-years-text": "內容 {value} 不是以年計的期限。",
  "term.unreadable": "內容 {value} 無法作為期限讀取。",
  "term.single-premium": "{value} 為躉繳（一次繳清）：繳費年期記為 1 年，原文保留。",
  "number.absurd": "金額 {value} 超出 ±10^15，不太可能是真實金額；已依讀取的值保留，請核對。",
  "value.characters-removed":
    "{column} 欄中有 {count} 個儲存格的文字含有看不見的控制字元或零寬字元（{chars}），已刪除。",

  "cli.import-summary":
    "來源資料 {sourceRows} 列：匯入 {imported}，合併 {merged}，略過 {skipped}，拒絕 {rejected}；問題 {issues} 則（錯誤 {errors}，警告 {warnings}，提示 {notes}）。",
  "cli.wrote": "已寫入 {file}。",
  "cli.kept-own-sheets": "已保留 {file} 中您自己的工作表：{sheets}。",
  "cli.init-wrote": "已將空白名冊寫入 {file}（{lang}，{style} 公式）。",
  "cli.review-wrote-one": "已寫入 {file}：名冊及 1 張回顧表（{lang}，截至 {date}）。",
  "cli.review-wrote": "已寫入 {file}：名冊及 {count} 張回顧表（{lang}，截至 {date}）。",
  "cli.review-summary": "已將客戶總覽寫入 {file}。",
  "cli.review-masked-left-out":
    "遮罩檔案未包含以下工作表（其中可能有個人資料）：{sheets}。未遮罩的檢討檔案會保留它們。",
  "write.cell-not-number": "{value} 不是 Excel 能儲存的數字",
  "write.cell-too-long": "文字長 {length} 個字元，而一個 Excel 儲存格最多容納 {max} 個",
  "write.record-cell":
    "工作表「{sheetKey:sheet}」第 {record} 筆記錄的「{column}」欄：{problem:msg}。未做任何變更。",
  "write.table-cell":
    "工作表「{sheetName}」第 {row} 列的「{column}」欄：{problem:msg}。未做任何變更。",
  "write.grid-cell": "工作表「{sheetName}」的儲存格 {cell}：{problem:msg}。未做任何變更。",
  "write.row-too-wide":
    "工作表「{sheetName}」第 {row} 列有 {cells} 個儲存格，而表格 {table} 只有 {columns} 欄。未做任何變更。",
  "write.header-too-large":
    "工作表「{sheetName}」的標題列約需 {size}，超過一次要求能傳送的上限（{max}）。未做任何變更。",
  "write.row-too-large":
    "工作表「{sheetName}」第 {row} 列約需 {size}，超過一次要求能傳送的上限（{max}）。未做任何變更。",
  "write.record-too-large":
    "工作表「{sheetKey:sheet}」第 {record} 筆記錄約需 {size}，超過一次要求能傳送的上限（{max}）。未做任何變更。",
  "write.structure-protected":
    "活頁簿結構受保護，因此建立名冊時無法新增工作表 {sheets:quoted}。請取消保護活頁簿（校閱 › 保護活頁簿）後重新建立。未做任何變更。",
  "write.sheet-protected":
    "工作表「{sheetName}」受保護，因此建立名冊時無法{what:msg}。請取消保護工作表「{sheetName}」後重新建立。未做任何變更。",
  "write.what.add-columns": "在表格 {table} 新增欄位 {columns:quoted}",
  "write.what.fill-sheet": "填寫這張空白工作表",
  "write.refused-reviews": "Excel 拒絕了新的回顧表，因此保留了原有的回顧表：{error}",
  "write.refused-issues": "Excel 拒絕了新的匯入問題表，因此保留了原有的問題表：{error}",
  "write.settings-name-missing":
    "活頁簿中沒有名稱 {name}（「設定」工作表）。請先建立名冊，再重新儲存設定。未做任何變更。",
  "write.settings-name-shape":
    "名稱 {name} 指向 {address}，而不是建立名冊時的 {rows}×{columns} 個儲存格。請修正或刪除該名稱，然後重新建立名冊。未做任何變更。",
  "write.no-table": "名冊中沒有「{sheetKey:sheet}」表格（{table}）。請先建立名冊，然後重試。",
  "review.missing-table":
    "客戶總覽要讀取表格 {table}（工作表「{sheetKey:sheet}」），但此活頁簿沒有它。請執行「建立名冊」補上缺少的名冊表格，再重新產生；原有的回顧表已保留。",
  "review.missing-column":
    "客戶總覽要讀取表格 {table} 的「{column}」欄，但表格中沒有增益集能辨識的這一欄（已改名或刪除）。請把欄名改回可辨識的名稱（如「{column}」）或執行「建立名冊」補上，再重新產生；原有的回顧表已保留。",
  "complaint.needs-client": "客訴需要填寫客戶編號。",
  "complaint.bad-severity": "嚴重程度須為 {allowed:values} 之一，而不是 {value}。",
  "complaint.received-after-today": "客訴的受理日期不能是 {date}，晚於今天。",
  "complaint.cannot-move":
    "{id} 目前為「{from:values}」，不能改為「{to:values}」（可改為：{allowed:values}）。",
  "complaint.closed-stays":
    "{id} 目前為「{from:values}」，不能改為「{to:values}」（已關閉的客訴維持關閉）。",
  "complaint.resolved-before-received": "{id} 不能在 {date} 解決，早於受理日期（{received}）。",
};
