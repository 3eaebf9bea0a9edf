"""The words of the report's Dynamics section in English, Russian and Kazakh (:mod:`.dynamics`
fills them): its sentences and headings, and the emerging hot spot patterns."""

from __future__ import annotations

#: the section's fixed words, by language
WORDS = {
    "en": {
        "dynamics": "Dynamics",
        "intro": ("The table covers the years {years}. Over {span} the index is computed on "
                  "one fixed reference, the pooled panel (every region and year together), so "
                  "that a region's score changes only when its own values change; its "
                  "indicators, harmonised to the {set} boundary set of the regions: {fields}. "
                  "The sections above are of {year}."),
        "fallback": ("The index over years uses min-max normalisation instead of ranks: a rank "
                     "exists only among the regions of one year."),
        "left_out": "Left out of the dynamics (the one-year analysis keeps them):",
        "reason_kind": ("{name}: its kind (count or rate) is not known; declare it in the "
                        "dynamics' indicator kinds."),
        "reason_weight": ("{name}: a rate merged across a boundary reform needs a weight, its "
                          "denominator (population, GRP ...); add the weight series to the "
                          "table or to the dynamics' weights table and name it in the "
                          "dynamics' weights."),
        "reason_split": ("{name}: published on older, larger regions that the {set} set "
                         "splits; choose the dynamics' split rule (a rate: copy the old "
                         "region's value to each new region; a count: divide its total by a "
                         "weight)."),
        "reason_split_weight": ("{name}: a total divided among new regions needs a weight; "
                                "name it in the dynamics' weights."),
        "reason_rule": ("{name}: the split rule does not suit its kind (a rate is copied, a "
                        "count divided)."),
        "reason_years": ("{name}: no values in some of the years {span}, which the other "
                         "indicators cover."),
        "reason_other": ("{name}: could not be harmonised; the notes of the method record "
                         "say why."),
        "harmonised": ("{count} of {total} scores (region and year, marked *) rest on values "
                       "not published for that region but harmonised across a boundary "
                       "reform; the table harmonised_panel of the GeoPackage says how each "
                       "was obtained."),
        "chart_title": "Rank per year and its 90 % interval (index over years)",
        "chart_x": "Year", "chart_y": "Rank (1 = most innovative)",
        "others": "Other regions",
        "trajectories": "Trajectories of the index",
        "region": "Region", "index_year": "Index {year}",
        "rank_year": "Rank {year} (90 % interval)",
        "emerging": "Emerging hot spots of the index",
        "emerging_rule": ("Getis-Ord Gi* of the index in each year, with the analysis's "
                          "weights and significance level, and a Mann-Kendall trend of each "
                          "region's Gi* z-scores; the patterns are those of ArcGIS Pro."),
        "two_years": ("Two years give one change, not a trend: no trend can be significant, "
                      "so the patterns only say where the index clusters in both years or "
                      "in the last one. A trend needs at least {needed} years."),
        "short_series": ("With {count} years the smallest p-value the trend test can reach "
                         "is {p}, not below {alpha}: no trend can be significant; read the "
                         "patterns as descriptive. A trend needs at least {needed} years."),
        "pattern": "Pattern", "hot_years": "Years as a hot spot",
        "cold_years": "Years as a cold spot", "trend_z": "Trend z", "trend_p": "Trend p",
        "no_pattern_anywhere": "No region shows a hot or cold spot pattern.",
        "spillover": "The multiplier effect estimated: spillover of {x}",
        "about_cross": ("A spatial lag model of the {year} index on {x} across {regions} "
                        "regions (y = ρ·W·y + β·x + ε); ρ = {rho}."),
        "about_panel": ("A spatial lag model with region fixed effects of the index over "
                        "{span} on {x} across {regions} regions (y = ρ·W·y + β·x + ε); "
                        "ρ = {rho}."),
        "about_effects": ("For each core, what a rise of one unit in its {x} does: to its own "
                          "index (own effect), to the other regions' index summed (spillover) "
                          "and in all (total), the core's column of the effects matrix of "
                          "LeSage and Pace; {level} % intervals from {draws} draws of the "
                          "estimates (seed {seed})."),
        "small_sample": ("Small sample: only {regions} regions. The spillover is estimated "
                         "from how each region's index moves with its neighbours', and with "
                         "so few regions that estimate and every effect computed from it are "
                         "very uncertain and can be biased: read them as an illustration of "
                         "the method, not as proof or disproof of a multiplier effect."),
        "short_panel": ("Short panel: only {count} years. Fixed effects keep only the changes "
                        "within each region, which so few years barely show, and the "
                        "intervals are too narrow."),
        "in_index": ("{x} is one of the index's own indicators, so part of its effect on the "
                     "index is its weight in the index; the spillover says how the "
                     "neighbours' index moves with a core's, not that innovation flows from "
                     "it."),
        "core": "Core", "own": "Own effect", "to_others": "Spillover to the other regions",
        "total": "Total",
        "no_cores": "The analysis has no core, so no core's spillover was computed.",
        "interval": "{value} [{low}; {high}]",
        "claim_none": ("The spillover of {x} from {names} cannot be told apart from none "
                       "(its {level} % interval includes 0): these data neither confirm nor "
                       "refute the study's claim that the cores have a multiplier effect on "
                       "their neighbours."),
        "claim_positive": ("A positive spillover of {x} is estimated from {names} (its "
                           "{level} % interval excludes 0): consistent with the study's "
                           "claim of a multiplier effect, but with {regions} regions an "
                           "indication, not proof."),
        "claim_negative": ("A negative spillover of {x} is estimated from {names} (its "
                           "{level} % interval excludes 0): it runs against the study's claim "
                           "of a multiplier effect, though with {regions} regions it is no "
                           "proof either."),
        "ranks": "Index over {span}: {items}.",
        "rank_item": "{name} ranked {ranks}",
        "rank_pattern": "{name} ranked {ranks} ({pattern})",
        "skip_index": "The index over years was not computed: {why}.",
        "skip_emerging": "The emerging hot spots were not computed: {why}.",
        "skip_spillover": "The spillover was not estimated: {why}.",
        "why_no_indicator": "no indicator of the index could be harmonised",
        "why_few_years": "no indicator of the index has values in two years",
        "why_no_index": "the index over years was not computed",
        "why_no_x": ("the table has no R&D expenditure; name the input in the dynamics' "
                     "parameters"),
        "why_x_left_out": "{x} could not be harmonised",
        "why_no_x_year": "{x} has no values in {year}",
        "why_x_gaps": "{x} lacks values for some regions in {year}",
        "why_error": "the data did not allow it; the notes of the method record say why",
    },
    "ru": {
        "dynamics": "Динамика",
        "intro": ("Таблица охватывает годы {years}. За {span} индекс рассчитан относительно "
                  "одной фиксированной базы — объединённой панели (все регионы и годы "
                  "вместе), поэтому оценка региона меняется, только когда меняются его "
                  "собственные значения; его показатели, приведённые к набору границ {set} "
                  "года, как у регионов анализа: {fields}. Разделы выше относятся к {year} "
                  "году."),
        "fallback": ("Индекс по годам использует мин-макс нормализацию вместо рангов: ранг "
                     "существует только среди регионов одного года."),
        "left_out": "Исключены из динамики (однолетний анализ их сохраняет):",
        "reason_kind": ("{name}: вид показателя (объём или относительный) неизвестен; укажите "
                        "его в видах показателей для динамики."),
        "reason_weight": ("{name}: относительный показатель, объединяемый через реформу "
                          "границ, требует веса — своего знаменателя (население, ВРП …); "
                          "добавьте ряд весов в таблицу или в таблицу весов для динамики и "
                          "укажите его в весах динамики."),
        "reason_split": ("{name}: опубликован по прежним, более крупным регионам, которые "
                         "набор границ {set} года разделяет; выберите правило разделения для "
                         "динамики (относительный показатель: значение прежнего региона "
                         "копируется в каждый новый; объём: итог делится по весу)."),
        "reason_split_weight": ("{name}: итог, делимый между новыми регионами, требует веса; "
                                "укажите его в весах динамики."),
        "reason_rule": ("{name}: правило разделения не подходит к виду показателя "
                        "(относительный показатель копируется, объём делится)."),
        "reason_years": ("{name}: нет значений в некоторых из годов {span}, которые "
                         "охватывают остальные показатели."),
        "reason_other": ("{name}: не удалось привести к набору границ; причина указана в "
                         "примечаниях записи метода."),
        "harmonised": ("{count} из {total} оценок (регион и год, отмечены *) опираются на "
                       "значения, которые не публиковались для этого региона, а приведены "
                       "через реформу границ; таблица harmonised_panel пакета GeoPackage "
                       "показывает, как получено каждое значение."),
        "chart_title": "Ранг по годам и его 90 % интервал (индекс по годам)",
        "chart_x": "Год", "chart_y": "Ранг (1 — самый инновационный)",
        "others": "Прочие регионы",
        "trajectories": "Траектории индекса",
        "region": "Регион", "index_year": "Индекс {year}",
        "rank_year": "Ранг {year} (90 % интервал)",
        "emerging": "Возникающие горячие точки индекса",
        "emerging_rule": ("Gi* Гетиса — Орда для индекса в каждом году с весами и уровнем "
                          "значимости анализа и тренд Манна — Кендалла z-оценок Gi* каждого "
                          "региона; закономерности — как в ArcGIS Pro."),
        "two_years": ("Два года дают одно изменение, а не тренд: ни один тренд не может быть "
                      "значимым, поэтому закономерности говорят лишь о том, где индекс "
                      "образует кластеры в оба года или в последнем. Для тренда нужно не "
                      "менее {needed} лет."),
        "short_series": ("При {count} годах наименьшее p-значение, которого может достичь "
                         "тест тренда, равно {p} и не ниже {alpha}: ни один тренд не может "
                         "быть значимым; читайте закономерности как описательные. Для тренда "
                         "нужно не менее {needed} лет."),
        "pattern": "Закономерность", "hot_years": "Лет горячей точкой",
        "cold_years": "Лет холодной точкой", "trend_z": "z тренда", "trend_p": "p тренда",
        "no_pattern_anywhere": "Ни один регион не показывает закономерности горячей или "
                               "холодной точки.",
        "spillover": "Оценка мультипликативного эффекта: переток показателя «{x}»",
        "about_cross": ("Модель пространственного лага индекса {year} года по показателю "
                        "«{x}» для {regions} регионов (y = ρ·W·y + β·x + ε); ρ = {rho}."),
        "about_panel": ("Модель пространственного лага с фиксированными эффектами регионов "
                        "для индекса за {span} по показателю «{x}», {regions} регионов "
                        "(y = ρ·W·y + β·x + ε); ρ = {rho}."),
        "about_effects": ("Для каждого ядра — что даёт рост его показателя «{x}» на единицу: "
                          "его собственному индексу (собственный эффект), сумме индексов "
                          "остальных регионов (переток) и всего (общий эффект); это столбец "
                          "ядра в матрице эффектов Лесажа и Пейса; {level} % интервалы по "
                          "{draws} выборкам оценок (начальное значение {seed})."),
        "small_sample": ("Малая выборка: всего {regions} регионов. Переток оценивается по "
                         "тому, как индекс каждого региона движется вместе с индексами "
                         "соседей, и при столь малом числе регионов эта оценка и все "
                         "выведенные из неё эффекты очень неопределённы и могут быть смещены: "
                         "читайте их как иллюстрацию метода, а не как доказательство или "
                         "опровержение мультипликативного эффекта."),
        "short_panel": ("Короткая панель: всего {count} года. Фиксированные эффекты "
                        "оставляют только изменения внутри каждого региона, которые столь "
                        "немногие годы почти не показывают, и интервалы слишком узки."),
        "in_index": ("«{x}» — один из показателей самого индекса, поэтому часть его эффекта "
                     "на индекс — это его вес в индексе; переток показывает, как индекс "
                     "соседей движется вместе с индексом ядра, а не то, что инновации "
                     "перетекают от него."),
        "core": "Ядро", "own": "Собственный эффект",
        "to_others": "Переток на остальные регионы", "total": "Общий эффект",
        "no_cores": "В анализе нет ядер, поэтому перетоки ядер не рассчитаны.",
        "interval": "{value} [{low}; {high}]",
        "claim_none": ("Переток показателя «{x}» от ядер ({names}) неотличим от нуля "
                       "({level} % интервал включает 0): эти данные не подтверждают и не "
                       "опровергают утверждение исследования о мультипликативном эффекте "
                       "ядер на соседей."),
        "claim_positive": ("Для ядер ({names}) оценён положительный переток показателя "
                           "«{x}» ({level} % интервал не включает 0): это согласуется с "
                           "утверждением исследования о мультипликативном эффекте, но при "
                           "{regions} регионах это указание, а не доказательство."),
        "claim_negative": ("Для ядер ({names}) оценён отрицательный переток показателя "
                           "«{x}» ({level} % интервал не включает 0): это противоречит "
                           "утверждению исследования о мультипликативном эффекте, хотя при "
                           "{regions} регионах и это не доказательство."),
        "ranks": "Индекс за {span}: {items}.",
        "rank_item": "{name} — ранги {ranks}",
        "rank_pattern": "{name} — ранги {ranks} ({pattern})",
        "skip_index": "Индекс по годам не рассчитан: {why}.",
        "skip_emerging": "Возникающие горячие точки не рассчитаны: {why}.",
        "skip_spillover": "Переток не оценён: {why}.",
        "why_no_indicator": "ни один показатель индекса не удалось привести к набору границ",
        "why_few_years": "ни у одного показателя индекса нет значений за два года",
        "why_no_index": "индекс по годам не рассчитан",
        "why_no_x": ("в таблице нет затрат на исследования и разработки; укажите входной "
                     "показатель в параметрах динамики"),
        "why_x_left_out": "показатель «{x}» не удалось привести к набору границ",
        "why_no_x_year": "у показателя «{x}» нет значений за {year} год",
        "why_x_gaps": "у показателя «{x}» нет значений для некоторых регионов за {year} год",
        "why_error": "данные этого не позволили; причина указана в примечаниях записи метода",
    },
    "kk": {
        "dynamics": "Динамика",
        "intro": ("Кесте {years} жылдарды қамтиды. {span} жылдары индекс бір тұрақты базаға — "
                  "біріктірілген панельге (барлық өңірлер мен жылдар бірге) қатысты "
                  "есептелді, сондықтан өңірдің бағасы тек өз мәндері өзгергенде ғана "
                  "өзгереді; оның талдау өңірлерінің {set} жылғы шекаралар жиынына "
                  "келтірілген көрсеткіштері: {fields}. Жоғарыдағы бөлімдер {year} жылға "
                  "арналған."),
        "fallback": ("Жылдар бойынша индекс рангтердің орнына мин-макс нормалауды "
                     "қолданады: ранг тек бір жылдың өңірлері арасында болады."),
        "left_out": "Динамикадан шығарылғандар (бір жылдық талдау оларды сақтайды):",
        "reason_kind": ("{name}: көрсеткіш түрі (көлем немесе салыстырмалы) белгісіз; оны "
                        "динамиканың көрсеткіш түрлерінде көрсетіңіз."),
        "reason_weight": ("{name}: шекаралар реформасы арқылы біріктірілетін салыстырмалы "
                          "көрсеткішке салмақ — оның бөлімі (халық, ЖӨӨ …) қажет; салмақтар "
                          "қатарын кестеге немесе динамиканың салмақтар кестесіне қосып, "
                          "динамиканың салмақтарында көрсетіңіз."),
        "reason_split": ("{name}: {set} жылғы шекаралар жиыны бөлетін бұрынғы, үлкенірек "
                         "өңірлер бойынша жарияланған; динамиканың бөлу ережесін таңдаңыз "
                         "(салыстырмалы көрсеткіш: бұрынғы өңірдің мәні әр жаңа өңірге "
                         "көшіріледі; көлем: жиынтығы салмақ бойынша бөлінеді)."),
        "reason_split_weight": ("{name}: жаңа өңірлерге бөлінетін жиынтыққа салмақ қажет; "
                                "оны динамиканың салмақтарында көрсетіңіз."),
        "reason_rule": ("{name}: бөлу ережесі көрсеткіш түріне сай емес (салыстырмалы "
                        "көрсеткіш көшіріледі, көлем бөлінеді)."),
        "reason_years": ("{name}: басқа көрсеткіштер қамтитын {span} жылдарының кейбірінде "
                         "мәндері жоқ."),
        "reason_other": ("{name}: шекаралар жиынына келтіру мүмкін болмады; себебі әдіс "
                         "жазбасының ескертпелерінде көрсетілген."),
        "harmonised": ("{total} бағаның (өңір мен жыл, * белгіленген) {count}-і сол өңір "
                       "үшін жарияланбаған, шекаралар реформасы арқылы келтірілген мәндерге "
                       "сүйенеді; GeoPackage-тегі harmonised_panel кестесі әр мәннің қалай "
                       "алынғанын көрсетеді."),
        "chart_title": "Жылдар бойынша ранг және оның 90 % аралығы (жылдар бойынша индекс)",
        "chart_x": "Жыл", "chart_y": "Ранг (1 — ең инновациялық)",
        "others": "Басқа өңірлер",
        "trajectories": "Индекс траекториялары",
        "region": "Өңір", "index_year": "Индекс {year}",
        "rank_year": "Ранг {year} (90 % аралық)",
        "emerging": "Индекстің пайда болып жатқан ыстық нүктелері",
        "emerging_rule": ("Әр жылғы индекстің Гетис-Орд Gi* статистикасы талдаудың "
                          "салмақтарымен және маңыздылық деңгейімен, әр өңірдің Gi* "
                          "z-бағаларының Манн-Кендалл тренді; үлгілер ArcGIS Pro-дағыдай."),
        "two_years": ("Екі жыл тренд емес, бір өзгерісті береді: ешбір тренд маңызды бола "
                      "алмайды, сондықтан үлгілер индекстің екі жылда да немесе соңғы жылы "
                      "қай жерде шоғырланатынын ғана көрсетеді. Тренд үшін кемінде {needed} "
                      "жыл қажет."),
        "short_series": ("{count} жылда тренд тестінің ең кіші жететін p-мәні {p}, бұл "
                         "{alpha} деңгейінен төмен емес: ешбір тренд маңызды бола алмайды; "
                         "үлгілерді сипаттамалық деп оқыңыз. Тренд үшін кемінде {needed} "
                         "жыл қажет."),
        "pattern": "Үлгі", "hot_years": "Ыстық нүкте болған жылдар",
        "cold_years": "Суық нүкте болған жылдар", "trend_z": "Тренд z",
        "trend_p": "Тренд p",
        "no_pattern_anywhere": "Бірде-бір өңірде ыстық немесе суық нүкте үлгісі жоқ.",
        "spillover": "Мультипликативтік әсердің бағасы: «{x}» көрсеткішінің таралуы",
        "about_cross": ("{year} жылғы индекстің «{x}» көрсеткіші бойынша кеңістіктік лаг "
                        "моделі, {regions} өңір (y = ρ·W·y + β·x + ε); ρ = {rho}."),
        "about_panel": ("{span} жылдардағы индекстің «{x}» көрсеткіші бойынша өңірлердің "
                        "тұрақты әсерлері бар кеңістіктік лаг моделі, {regions} өңір "
                        "(y = ρ·W·y + β·x + ε); ρ = {rho}."),
        "about_effects": ("Әр ядро үшін оның «{x}» көрсеткішінің бір бірлікке өсуі неге "
                          "әкелетіні: өз индексіне (өз әсері), қалған өңірлердің "
                          "индекстерінің қосындысына (таралу) және барлығы (жалпы әсер); бұл "
                          "Лесаж бен Пейстің әсерлер матрицасындағы ядро бағаны; {level} % "
                          "аралықтар бағалардың {draws} іріктемесінен (бастапқы мән {seed})."),
        "small_sample": ("Шағын іріктеме: небәрі {regions} өңір. Таралу әр өңір индексінің "
                         "көршілерінің индексімен бірге қалай қозғалатынынан бағаланады, ал "
                         "өңірлер мұндай аз болғанда бұл баға және одан шығарылған барлық "
                         "әсерлер өте белгісіз және ығысқан болуы мүмкін: оларды "
                         "мультипликативтік әсердің дәлелі немесе терісі емес, әдістің "
                         "иллюстрациясы ретінде оқыңыз."),
        "short_panel": ("Қысқа панель: небәрі {count} жыл. Тұрақты әсерлер әр өңірдің "
                        "ішіндегі өзгерістерді ғана қалдырады, оларды мұндай аз жыл әрең "
                        "көрсетеді, ал аралықтар тым тар."),
        "in_index": ("«{x}» — индекстің өз көрсеткіштерінің бірі, сондықтан оның индекске "
                     "әсерінің бір бөлігі — оның индекстегі салмағы; таралу көршілердің "
                     "индексі ядроның индексімен бірге қалай қозғалатынын көрсетеді, "
                     "инновациялардың одан тарайтынын емес."),
        "core": "Ядро", "own": "Өз әсері", "to_others": "Қалған өңірлерге таралу",
        "total": "Жалпы әсер",
        "no_cores": "Талдауда ядро жоқ, сондықтан ядролардың таралуы есептелмеді.",
        "interval": "{value} [{low}; {high}]",
        "claim_none": ("Ядролардан ({names}) «{x}» көрсеткішінің таралуы нөлден "
                       "ажыратылмайды ({level} % аралық 0-ді қамтиды): бұл деректер "
                       "зерттеудің ядролардың көршілеріне мультипликативтік әсері бар деген "
                       "тұжырымын не растамайды, не жоққа шығармайды."),
        "claim_positive": ("Ядролар ({names}) үшін «{x}» көрсеткішінің оң таралуы бағаланды "
                           "({level} % аралық 0-ді қамтымайды): бұл зерттеудің "
                           "мультипликативтік әсер туралы тұжырымымен үйлеседі, бірақ "
                           "{regions} өңірде бұл дәлел емес, тек белгі."),
        "claim_negative": ("Ядролар ({names}) үшін «{x}» көрсеткішінің теріс таралуы "
                           "бағаланды ({level} % аралық 0-ді қамтымайды): бұл зерттеудің "
                           "мультипликативтік әсер туралы тұжырымына қайшы келеді, бірақ "
                           "{regions} өңірде бұл да дәлел емес."),
        "ranks": "{span} жылдардағы индекс: {items}.",
        "rank_item": "{name} — рангтері {ranks}",
        "rank_pattern": "{name} — рангтері {ranks} ({pattern})",
        "skip_index": "Жылдар бойынша индекс есептелмеді: {why}.",
        "skip_emerging": "Пайда болып жатқан ыстық нүктелер есептелмеді: {why}.",
        "skip_spillover": "Таралу бағаланбады: {why}.",
        "why_no_indicator": ("индекстің бірде-бір көрсеткішін шекаралар жиынына келтіру "
                             "мүмкін болмады"),
        "why_few_years": "индекстің бірде-бір көрсеткішінің екі жылдық мәндері жоқ",
        "why_no_index": "жылдар бойынша индекс есептелмеді",
        "why_no_x": ("кестеде зерттеулер мен әзірлемелерге шығындар жоқ; кіріс көрсеткішін "
                     "динамика параметрлерінде көрсетіңіз"),
        "why_x_left_out": "«{x}» көрсеткішін шекаралар жиынына келтіру мүмкін болмады",
        "why_no_x_year": "«{x}» көрсеткішінің {year} жылғы мәндері жоқ",
        "why_x_gaps": "«{x}» көрсеткішінің {year} жылы кейбір өңірлер үшін мәндері жоқ",
        "why_error": ("деректер бұған мүмкіндік бермеді; себебі әдіс жазбасының "
                      "ескертпелерінде көрсетілген"),
    },
}
#: the emerging hot spot patterns (the codes of :data:`..dynamics.emerging.PATTERNS`)
PATTERN_WORDS = {
    "en": {0: "No Pattern Detected", 1: "New Hot Spot", 2: "Consecutive Hot Spot",
           3: "Intensifying Hot Spot", 4: "Persistent Hot Spot", 5: "Diminishing Hot Spot",
           6: "Sporadic Hot Spot", 7: "Oscillating Hot Spot", 8: "Historical Hot Spot",
           -1: "New Cold Spot", -2: "Consecutive Cold Spot", -3: "Intensifying Cold Spot",
           -4: "Persistent Cold Spot", -5: "Diminishing Cold Spot", -6: "Sporadic Cold Spot",
           -7: "Oscillating Cold Spot", -8: "Historical Cold Spot"},
    "ru": {0: "закономерность не выявлена", 1: "новая горячая точка",
           2: "последовательная горячая точка", 3: "усиливающаяся горячая точка",
           4: "постоянная горячая точка", 5: "ослабевающая горячая точка",
           6: "спорадическая горячая точка", 7: "колеблющаяся горячая точка",
           8: "историческая горячая точка", -1: "новая холодная точка",
           -2: "последовательная холодная точка", -3: "усиливающаяся холодная точка",
           -4: "постоянная холодная точка", -5: "ослабевающая холодная точка",
           -6: "спорадическая холодная точка", -7: "колеблющаяся холодная точка",
           -8: "историческая холодная точка"},
    "kk": {0: "үлгі анықталмады", 1: "жаңа ыстық нүкте", 2: "қатарынан келген ыстық нүкте",
           3: "күшейіп келе жатқан ыстық нүкте", 4: "тұрақты ыстық нүкте",
           5: "әлсіреп келе жатқан ыстық нүкте", 6: "ара-тұра болатын ыстық нүкте",
           7: "тербелмелі ыстық нүкте", 8: "тарихи ыстық нүкте", -1: "жаңа суық нүкте",
           -2: "қатарынан келген суық нүкте", -3: "күшейіп келе жатқан суық нүкте",
           -4: "тұрақты суық нүкте", -5: "әлсіреп келе жатқан суық нүкте",
           -6: "ара-тұра болатын суық нүкте", -7: "тербелмелі суық нүкте",
           -8: "тарихи суық нүкте"},
}
