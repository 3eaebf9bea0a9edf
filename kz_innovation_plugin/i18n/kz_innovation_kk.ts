<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>KzInnovation</name>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>Queen contiguity (shared border or corner)</source>
        <translation>«Уәзір» көршілестігі (ортақ шекара немесе бұрыш)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>Rook contiguity (shared border)</source>
        <translation>«Тура» көршілестігі (ортақ шекара)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>K nearest neighbours</source>
        <translation>K ең жақын көрші</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>Distance band</source>
        <translation>Қашықтық шегі</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="138"/>
        <source>Kernel (weights decay with distance)</source>
        <translation>Ядролық (салмақтар қашықтыққа қарай кемиді)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Triangular</source>
        <translation>Үшбұрышты</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Gaussian</source>
        <translation>Гаусс</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Bisquare (quartic)</source>
        <translation>Бисквадраттық (квартикалық)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Epanechnikov (parabolic)</source>
        <translation>Епанечников (параболалық)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="146"/>
        <source>Uniform (boxcar)</source>
        <translation>Біркелкі (тікбұрышты)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="155"/>
        <source>Row-standardised</source>
        <translation>Жолдар бойынша нормаланған</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="155"/>
        <source>Binary</source>
        <translation>Екілік</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="160"/>
        <source>Stop and name them</source>
        <translation>Тоқтап, оларды атап көрсету</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="160"/>
        <source>Keep them without neighbours</source>
        <translation>Оларды көршісіз қалдыру</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="160"/>
        <source>Link each to its nearest feature</source>
        <translation>Әрқайсысын ең жақын объектімен байланыстыру</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="166"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>Жалған ашулар үлесі (Бенджамини–Хохберг)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="166"/>
        <source>Bonferroni</source>
        <translation>Бонферрони</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="166"/>
        <source>No correction</source>
        <translation>Түзетусіз</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="172"/>
        <source>Permutations (pseudo p-value)</source>
        <translation>Пермутациялар (жалған p-мәні)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="172"/>
        <source>Normal approximation</source>
        <translation>Қалыпты жуықтау</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180"/>
        <source>Fill with the median of the regions</source>
        <translation>Өңірлердің медианасымен толтыру</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180"/>
        <source>Fill with the mean of the regions</source>
        <translation>Өңірлердің орташа мәнімен толтыру</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180"/>
        <source>Fill with the national value</source>
        <translation>Ұлттық мәнмен толтыру</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="180"/>
        <source>Leave out regions with gaps</source>
        <translation>Олқылығы бар өңірлерді алып тастау</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="187"/>
        <source>Winsorise the outliers</source>
        <translation>Шығыңқы мәндерді винзорлау</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="187"/>
        <source>Logarithm</source>
        <translation>Логарифм</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="187"/>
        <source>Square root</source>
        <translation>Квадрат түбір</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="187"/>
        <source>Leave as they are</source>
        <translation>Өзгеріссіз қалдыру</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="194"/>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="194"/>
        <source>Percent of the national value (or of the mean)</source>
        <translation>Ұлттық мәннің (немесе орташаның) пайызы</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="204"/>
        <source>Equal</source>
        <translation>Тең</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="204"/>
        <source>Set by the user (User weights)</source>
        <translation>Пайдаланушы белгілейді (Пайдаланушы салмақтары)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="204"/>
        <source>Principal components (PCA)</source>
        <translation>Бас компоненттер (PCA)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="204"/>
        <source>Entropy</source>
        <translation>Энтропия</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="211"/>
        <source>Arithmetic mean</source>
        <translation>Арифметикалық орта</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="211"/>
        <source>Geometric mean</source>
        <translation>Геометриялық орта</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="216"/>
        <source>Fixed thresholds</source>
        <translation>Белгіленген шектер</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="216"/>
        <source>Terciles (equal numbers of regions)</source>
        <translation>Терцильдер (өңірлер саны тең)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="216"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Табиғи үзілістер (Дженкс)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="222"/>
        <source>K-means</source>
        <translation>K-орташалар (k-means)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="222"/>
        <source>Ward's hierarchical clustering</source>
        <translation>Уордтың иерархиялық кластерлеуі</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="230"/>
        <source>Regions of the high level</source>
        <translation>Жоғары деңгейдегі өңірлер</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="230"/>
        <source>A set number of highest-index regions</source>
        <translation>Индексі ең жоғары өңірлердің белгіленген саны</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="230"/>
        <source>Regions at or above an index threshold</source>
        <translation>Индексі шектен кем емес өңірлер</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="236"/>
        <source>Not required</source>
        <translation>Талап етілмейді</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="236"/>
        <source>LISA High-High or High-Low</source>
        <translation>LISA High-High немесе High-Low</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="236"/>
        <source>Gi* hot spot</source>
        <translation>Gi* ыстық нүктесі</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="242"/>
        <source>90 % confidence</source>
        <translation>90 % сенімділік</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="242"/>
        <source>95 % confidence</source>
        <translation>95 % сенімділік</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="242"/>
        <source>99 % confidence</source>
        <translation>99 % сенімділік</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="248"/>
        <source>Contiguity rings</source>
        <translation>Көршілестік сақиналары</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="248"/>
        <source>Distance bands</source>
        <translation>Қашықтық белдеулері</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="248"/>
        <source>Gravity potential</source>
        <translation>Гравитациялық әлеует</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="254"/>
        <source>SKATER (pruned spanning tree)</source>
        <translation>SKATER (кесілген қаңқалық ағаш)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="254"/>
        <source>Max-p (a floor per macro-region)</source>
        <translation>Max-p (әр макроөңірге шекті мән)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="254"/>
        <source>Ward (contiguity-constrained)</source>
        <translation>Уорд (көршілестік шектеуімен)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="263"/>
        <source>2022: 17 regions and 3 cities</source>
        <translation>2022: 17 облыс және 3 қала</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="263"/>
        <source>2018: 14 regions and 3 cities</source>
        <translation>2018: 14 облыс және 3 қала</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="263"/>
        <source>2017: 14 regions and 2 cities</source>
        <translation>2017: 14 облыс және 2 қала</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="270"/>
        <source>One row per region, one column per activity</source>
        <translation>Бір өңірге бір жол, бір қызмет түріне бір баған</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="270"/>
        <source>One row per region and activity</source>
        <translation>Бір өңір мен қызмет түріне бір жол</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="270"/>
        <source>One sheet per activity (statistical bulletins)</source>
        <translation>Бір қызмет түріне бір парақ (статистикалық бюллетеньдер)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="277"/>
        <source>Zero (the phenomenon does not occur)</source>
        <translation>Нөл (құбылыс жоқ)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="277"/>
        <source>Missing</source>
        <translation>Бос мән</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="287"/>
        <source>Count or total (adds up)</source>
        <translation>Саны немесе жиынтығы (қосылады)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="287"/>
        <source>Rate, share or mean (needs a weight)</source>
        <translation>Салыстырмалы көрсеткіш, үлес немесе орташа мән (салмақ қажет)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="294"/>
        <source>Do not split (refuse)</source>
        <translation>Бөлмеу (бас тарту)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="294"/>
        <source>Copy the old region's rate to each new region</source>
        <translation>Ескі өңірдің көрсеткішін әр жаңа өңірге көшіру</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="294"/>
        <source>Divide the old region's total in proportion to a weight</source>
        <translation>Ескі өңірдің жиынтығын салмаққа пропорционал бөлу</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="304"/>
        <source>Spatial lag (neighbours' outcomes)</source>
        <translation>Кеңістіктік лаг (көршілердің нәтижелері)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="304"/>
        <source>Spatial Durbin (neighbours' outcomes and inputs)</source>
        <translation>Кеңістіктік Дарбин моделі (көршілердің нәтижелері мен факторлары)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="313"/>
        <source>Pooled: every region and year together</source>
        <translation>Біріктірілген: барлық өңірлер мен жылдар бірге</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="313"/>
        <source>The base year</source>
        <translation>Базалық жыл</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Min-max (0 to 1)</source>
        <translation>Min-max (0-ден 1-ге дейін)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Min-max (0 to 100)</source>
        <translation>Min-max (0-ден 100-ге дейін)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Z-score (standard deviations from the mean)</source>
        <translation>Z-баға (орташадан стандартты ауытқулар саны)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Distance to the best</source>
        <translation>Ең үздікке дейінгі қашықтық</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="320"/>
        <source>Percent of the reference's regional mean</source>
        <translation>Базаның өңірлер бойынша орташасының пайызы</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="330"/>
        <source>Classic: between classes of the values</source>
        <translation>Классикалық: мәндер сыныптары арасында</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="330"/>
        <source>Spatial: by the class of the neighbours' average</source>
        <translation>Кеңістіктік: көршілер орташасының сыныбы бойынша</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="330"/>
        <source>LISA: between Moran scatter plot quadrants</source>
        <translation>LISA: Моран шашырау диаграммасының квадранттары арасында</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="338"/>
        <source>Plain least squares (OLS)</source>
        <translation>Қарапайым ең кіші квадраттар әдісі (ЕКӘ)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="338"/>
        <source>Spatial lag of growth (maximum likelihood)</source>
        <translation>Өсудің кеңістіктік лагы (максималды шындыққа ұқсастық)</translation>
    </message>
    <message>
        <location filename="../core/choices.py" line="338"/>
        <source>Spatial error (maximum likelihood)</source>
        <translation>Кеңістіктік қате (максималды шындыққа ұқсастық)</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="51"/>
        <source>As published</source>
        <translation>Жарияланғандай</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="52"/>
        <source>Sum of the published regions</source>
        <translation>Жарияланған өңірлердің қосындысы</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="53"/>
        <source>Weighted mean of the published regions</source>
        <translation>Жарияланған өңірлердің салмақталған орташасы</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="54"/>
        <source>Copied from the old, larger region</source>
        <translation>Ескі, үлкенірек өңірден көшірілген</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="55"/>
        <source>Share of the old region's total by a weight</source>
        <translation>Ескі өңір жиынтығының салмақ бойынша үлесі</translation>
    </message>
    <message>
        <location filename="../core/panel/harmonise.py" line="56"/>
        <source>Not computed: a part has no value</source>
        <translation>Есептелмеді: бір бөлігінің мәні жоқ</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/_sinks.py" line="41"/>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="162"/>
        <source>Writing the outputs</source>
        <translation>Нәтижелерді жазу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="18"/>
        <source>Bundled regions of Kazakhstan</source>
        <translation>Қазақстанның кірістірілген өңірлері</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="23"/>
        <source>Boundary set</source>
        <translation>Шекаралар жиыны</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="26"/>
        <location filename="../processing_provider/algorithms/regionalize.py" line="53"/>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/bundled_regions.py" line="37"/>
        <source>{count} regions of the {name} boundary set.</source>
        <translation>{name} шекаралар жиынындағы өңірлер саны: {count}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="35"/>
        <source>Multiplier effect</source>
        <translation>Мультипликативтік әсер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="36"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="147"/>
        <location filename="../processing_provider/spatial_parameters.py" line="140"/>
        <source>Method record</source>
        <translation>Әдіс сипаттамасы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="61"/>
        <source>Cluster cores and influence zones</source>
        <translation>Кластер ядролары және ықпал аймақтары</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="71"/>
        <source>Regions with the innovation index</source>
        <translation>Инновациялық индексі бар өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="83"/>
        <location filename="../processing_provider/algorithms/regionalize.py" line="78"/>
        <location filename="../processing_provider/algorithms/specialisation.py" line="164"/>
        <source>All layers in one GeoPackage, with their styles</source>
        <translation>Барлық қабаттар стильдерімен бірге бір GeoPackage файлында</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="86"/>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="164"/>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Cores</source>
        <translation>Ядролар</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="121"/>
        <source>Cores are</source>
        <translation>Ядроларды таңдау тәсілі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="122"/>
        <source>Number of cores (when cores are a set number of highest-index regions)</source>
        <translation>Ядролар саны (ядролар индексі ең жоғары өңірлердің белгіленген саны болғанда)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="125"/>
        <source>Lowest index of a core (when cores are regions at or above a threshold)</source>
        <translation>Ядроның ең төменгі индексі (ядролар индексі шектен кем емес өңірлер болғанда)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="128"/>
        <source>Also require a local statistic</source>
        <translation>Жергілікті статистиканы да талап ету</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="130"/>
        <source>Hot spot confidence</source>
        <translation>Ыстық нүктелердің сенімділік деңгейі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="132"/>
        <source>Minimum top-level probability (robust cores)</source>
        <translation>Жоғары деңгейдің ең аз ықтималдығы (тұрақты ядролар)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="135"/>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Influence zones</source>
        <translation>Ықпал аймақтары</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="137"/>
        <source>Number of contiguity rings</source>
        <translation>Көршілестік сақиналарының саны</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="140"/>
        <source>Distance bands in km</source>
        <translation>Қашықтық белдеулері, км</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="144"/>
        <source>Mass for the gravity potential (default: the index)</source>
        <translation>Гравитациялық әлеует үшін масса (әдепкі: индекс)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/cluster_cores.py" line="148"/>
        <source>Distance decay exponent (gravity potential)</source>
        <translation>Қашықтыққа қарай кему дәрежесі (гравитациялық әлеует)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="21"/>
        <source>Beta- and sigma-convergence of regions</source>
        <translation>Өңірлердің бета- және сигма-конвергенциясы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="26"/>
        <source>Regions with their initial level, growth and residual</source>
        <translation>Бастапқы деңгейі, өсуі және қалдығы бар өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="29"/>
        <source>Dispersion of the regions by year, with its trend</source>
        <translation>Өңірлердің жылдар бойынша шашырауы және оның тренді</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="32"/>
        <source>Beta, its interval, speed and half-life</source>
        <translation>Бета, оның аралығы, жылдамдығы және жартылай жақындасу кезеңі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="37"/>
        <source>Beta-convergence model</source>
        <translation>Бета-конвергенция моделі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/convergence.py" line="39"/>
        <source>Confidence level of the interval of beta</source>
        <translation>Бета аралығының сенімділік деңгейі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="49"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="108"/>
        <source>Regions in every year (one feature per region and year)</source>
        <translation>Жылдар бойынша өңірлер (бір өңір мен жылға бір нысан)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="52"/>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="56"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="111"/>
        <source>Region id field (the same in every year)</source>
        <translation>Өңір идентификаторының өрісі (барлық жылдарда бірдей)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="56"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="111"/>
        <source>Year field</source>
        <translation>Жыл өрісі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="99"/>
        <source>Emerging hot spots over the years</source>
        <translation>Жылдар бойынша пайда болып жатқан ыстық нүктелер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="104"/>
        <source>Regions with their emerging hot spot pattern</source>
        <translation>Пайда болып жатқан ыстық нүкте үлгісі бар өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="106"/>
        <source>Gi* of each region and year</source>
        <translation>Әр өңір мен жылдың Gi* мәні</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="111"/>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="106"/>
        <source>p-values from</source>
        <translation>p-мәндерінің көзі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="114"/>
        <source>Significance level of the trend</source>
        <translation>Трендтің маңыздылық деңгейі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="131"/>
        <source>Markov transitions of regions</source>
        <translation>Өңірлердің Марков ауысулары</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="141"/>
        <source>Regions with their class in each year</source>
        <translation>Әр жылғы сыныбы бар өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="143"/>
        <source>Transitions between classes</source>
        <translation>Сыныптар арасындағы ауысулар</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="145"/>
        <source>Tests and long-run shares</source>
        <translation>Тесттер және ұзақ мерзімді үлестер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="150"/>
        <source>Markov chain</source>
        <translation>Марков тізбегі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="152"/>
        <source>Number of quantile classes</source>
        <translation>Квантиль сыныптарының саны</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="155"/>
        <source>Classes from all years together (else within each year)</source>
        <translation>Сыныптар барлық жылдар бойынша бірге (әйтпесе әр жылдың ішінде)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="158"/>
        <source>Divide each year's values by the year's mean</source>
        <translation>Әр жылдың мәндерін сол жылдың орташасына бөлу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="161"/>
        <source>Permutations (0: none)</source>
        <translation>Пермутациялар саны (0 — жоқ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="164"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="165"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="139"/>
        <location filename="../processing_provider/algorithms/regionalize.py" line="70"/>
        <location filename="../processing_provider/algorithms/spillover.py" line="90"/>
        <location filename="../processing_provider/model_algorithm.py" line="58"/>
        <location filename="../processing_provider/spatial_parameters.py" line="92"/>
        <source>Random seed</source>
        <translation>Кездейсоқ сандардың бастапқы мәні</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/dynamics.py" line="167"/>
        <source>Significance level of the local Moran</source>
        <translation>Жергілікті Моран индексінің маңыздылық деңгейі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="43"/>
        <source>The input whose spillover is estimated: an indicator of the table (empty: R&amp;D expenditure)</source>
        <translation>Таралуы бағаланатын кіріс көрсеткіші: кесте көрсеткіші (бос болса — зерттеулер мен әзірлемелерге шығындар)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="54"/>
        <source>Dynamics (a table of several years): {}</source>
        <translation>Динамика (бірнеше жылы бар кесте): {}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="58"/>
        <source>Regions and index</source>
        <translation>Өңірлер және индекс</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="61"/>
        <source>Cluster cores</source>
        <translation>Кластер ядролары</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="98"/>
        <source>Full analysis: index, clusters and report</source>
        <translation>Толық талдау: индекс, кластерлер және есеп</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="120"/>
        <source>Indicator table (CSV or XLSX)</source>
        <translation>Көрсеткіштер кестесі (CSV немесе XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="123"/>
        <source>Regions (empty: the bundled boundary set of the year)</source>
        <translation>Өңірлер (бос болса: сол жылдың кірістірілген шекаралар жиыны)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="126"/>
        <source>Year (empty: the table's latest year)</source>
        <translation>Жыл (бос болса — кестенің соңғы жылы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="136"/>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="67"/>
        <source>Sheet (XLSX; name or number, default the first)</source>
        <translation>Парақ (XLSX; атауы немесе нөмірі, әдепкі: бірінші)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="144"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="162"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="136"/>
        <location filename="../processing_provider/model_algorithm.py" line="57"/>
        <source>Uncertainty runs (Monte Carlo)</source>
        <translation>Белгісіздік талдауының іске қосулар саны (Монте-Карло)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="153"/>
        <source>What the region x activity table measures (for the report)</source>
        <translation>Өңір × қызмет түрі кестесі не өлшейді (есеп үшін)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="160"/>
        <source>Analysis GeoPackage</source>
        <translation>Талдау нәтижелерінің GeoPackage файлы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="162"/>
        <source>Report (HTML)</source>
        <translation>Есеп (HTML)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="242"/>
        <source>Give an indicator table (TABLE) to join to the regions, or a regions layer that already has the indicator fields (INPUT), for example the output of 'Join indicator table to regions'.</source>
        <translation>Өңірлерге біріктіру үшін көрсеткіштер кестесін (TABLE) немесе көрсеткіш өрістері бұрыннан бар өңірлер қабатын (INPUT) беріңіз, мысалы, «Көрсеткіштер кестесін өңірлерге біріктіру» құралының нәтижесін.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="246"/>
        <source>Joining, indexing, testing and zoning</source>
        <translation>Біріктіру, индексті есептеу, маңыздылықты тексеру және аймақтарға бөлу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/full_analysis.py" line="254"/>
        <source>Writing the GeoPackage, maps and report</source>
        <translation>GeoPackage файлын, карталар мен есепті жазу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="29"/>
        <source>Global spatial autocorrelation</source>
        <translation>Жаһандық кеңістіктік автокорреляция</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="43"/>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="47"/>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="40"/>
        <source>Input layer (polygons or points)</source>
        <translation>Кіріс қабат (полигондар немесе нүктелер)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="45"/>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="50"/>
        <source>Global statistics</source>
        <translation>Жаһандық статистикалар</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="52"/>
        <source>Moran scatterplot data</source>
        <translation>Моран шашырау диаграммасының деректері</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/global_autocorrelation.py" line="68"/>
        <source>{field}: Moran's I {i:.4f} (pseudo p {p:.4f}, z {z:.3f}); Geary's C {c:.4f}</source>
        <translation>{field}: Моранның I {i:.4f} (жалған p {p:.4f}, z {z:.3f}); Гиридің C {c:.4f}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="23"/>
        <source>Harmonised panel (one row per year, indicator and region)</source>
        <translation>Үйлестірілген панель (бір жылға, көрсеткішке және өңірге бір жол)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="26"/>
        <source>Regions with the harmonised values</source>
        <translation>Үйлестірілген мәндері бар өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="29"/>
        <source>Boundary set of each year and indicator</source>
        <translation>Әр жыл мен көрсеткіштің шекаралар жиыны</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="37"/>
        <source>Indicators to harmonise, separated by commas (empty: all)</source>
        <translation>Үйлестірілетін көрсеткіштер, үтір арқылы (бос болса — барлығы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="39"/>
        <source>Kind of each indicator: indicator=count or indicator=rate, separated by semicolons (empty: the catalogue's)</source>
        <translation>Әр көрсеткіштің түрі: көрсеткіш=count немесе көрсеткіш=rate, нүктелі үтір арқылы (бос болса — каталог бойынша)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="42"/>
        <source>Weight of each rate: indicator=weight indicator, separated by semicolons</source>
        <translation>Әр салыстырмалы көрсеткіштің салмағы: көрсеткіш=салмақ көрсеткіші, нүктелі үтір арқылы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="45"/>
        <source>Sheet of the weights table</source>
        <translation>Салмақтар кестесінің парағы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="47"/>
        <source>Split rule of single indicators: indicator=rule, separated by semicolons</source>
        <translation>Жекелеген көрсеткіштерді бөлу ережесі: көрсеткіш=ереже, нүктелі үтір арқылы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="50"/>
        <source>Boundary set a year was published on, instead of the recognised one: year=set, separated by semicolons</source>
        <translation>Жыл жарияланған шекаралар жиыны, танылғанның орнына: жыл=жиын, нүктелі үтір арқылы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="60"/>
        <source>Harmonise a multi-year table</source>
        <translation>Көпжылдық кестені шекаралар бойынша үйлестіру</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="72"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="105"/>
        <source>Multi-year table: year, region, indicator, value (CSV, XLSX, XLS or ODS)</source>
        <translation>Көпжылдық кесте: жыл, өңір, көрсеткіш, мән (CSV, XLSX, XLS немесе ODS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="76"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="128"/>
        <source>Harmonise to the boundary set</source>
        <translation>Шекаралар жиынына келтіру</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="80"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="133"/>
        <source>Weights table (same layout: population, GRP ...)</source>
        <translation>Салмақтар кестесі (құрылымы сондай: халық, ЖӨӨ ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="83"/>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="136"/>
        <source>Regions split by a reform</source>
        <translation>Реформа бөлген өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="85"/>
        <source>Year of the region layer (empty: every year, one feature per region and year)</source>
        <translation>Өңірлер қабатының жылы (бос болса — барлық жылдар, бір өңір мен жылға бір нысан)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="96"/>
        <location filename="../processing_provider/algorithms/spillover.py" line="108"/>
        <source>All layers in one GeoPackage</source>
        <translation>Барлық қабаттар бір GeoPackage файлында</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/harmonise_panel.py" line="131"/>
        <source>Reading and harmonising the table</source>
        <translation>Кестені оқу және үйлестіру</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="31"/>
        <source>Index of each region and year</source>
        <translation>Әр өңірдің жылдар бойынша индексі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="33"/>
        <source>Regions with their index trajectories</source>
        <translation>Индекс траекториялары бар өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="37"/>
        <source>Innovation potential indicators (resources), separated by commas (empty: the catalogue's)</source>
        <translation>Инновациялық әлеует көрсеткіштері (ресурстар), үтір арқылы (бос болса — каталог бойынша)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="37"/>
        <source>Innovation performance indicators (results), separated by commas</source>
        <translation>Инновациялық нәтижелілік көрсеткіштері (нәтижелер), үтір арқылы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="37"/>
        <source>Indicators where lower is better, separated by commas</source>
        <translation>Мәні төмен болғаны жақсы көрсеткіштер, үтір арқылы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="56"/>
        <source>Rank per year and its 90 % interval (index over years)</source>
        <translation>Жылдар бойынша ранг және оның 90 пайыздық интервалы (көпжылдық индекс)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="58"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="59"/>
        <source>Rank (1 = most innovative)</source>
        <translation>Ранг (1 — ең инновациялық)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="60"/>
        <source>Other regions</source>
        <translation>Басқа өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="68"/>
        <source>Index trajectories over the years</source>
        <translation>Индекстің жылдар бойынша траекториялары</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="98"/>
        <source>Chart of the rank trajectories</source>
        <translation>Ранг траекторияларының диаграммасы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="145"/>
        <source>Fixed reference of the normalisation</source>
        <translation>Нормалаудың тұрақты базасы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="147"/>
        <source>Base year (with the base-year reference)</source>
        <translation>Базалық жыл (базалық жыл базасы үшін)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="150"/>
        <source>Years to compute, separated by commas (empty: every year)</source>
        <translation>Есептелетін жылдар, үтір арқылы (бос болса — барлық жылдар)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="156"/>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="127"/>
        <source>Most points winsorised per indicator</source>
        <translation>Бір көрсеткіш бойынша винзорланатын мәндердің ең көп саны</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="171"/>
        <source>Regions in colour on the chart (ids or names, separated by commas; empty: all)</source>
        <translation>Диаграммада түспен көрсетілетін өңірлер (идентификаторлар немесе атаулар, үтір арқылы; бос болса — барлығы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="243"/>
        <source>Computing the index of every year</source>
        <translation>Әр жылдың индексін есептеу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/index_trajectories.py" line="254"/>
        <source>The chart could not be written to {path} ({error}); choose another file.</source>
        <translation>Диаграмманы {path} файлына жазу мүмкін болмады ({error}); басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Missing values</source>
        <translation>Жетіспейтін мәндер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Outliers and skew (flagged indicators only)</source>
        <translation>Шығыңқы мәндер мен асимметрия (тек белгіленген көрсеткіштер)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Normalisation</source>
        <translation>Нормалау</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Indicator weights</source>
        <translation>Көрсеткіштердің салмақтары</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Aggregation</source>
        <translation>Агрегаттау</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Levels</source>
        <translation>Деңгейлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="32"/>
        <source>Profile clustering</source>
        <translation>Бейіндерді кластерлеу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>More groups (NAME: field, field; NAME: field ...)</source>
        <translation>Қосымша топтар (АТАУЫ: өріс, өріс; АТАУЫ: өріс ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>Derived indicators (name = expression; ...)</source>
        <translation>Туынды көрсеткіштер (атауы = өрнек; ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>User weights, when the weights are set by the user (field=weight, ...)</source>
        <translation>Пайдаланушы салмақтары, салмақтарды пайдаланушы белгілесе (өріс=салмақ, ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>Group weights (group=weight, ...; default equal)</source>
        <translation>Топ салмақтары (топ=салмақ, ...; әдепкі бойынша тең)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="44"/>
        <source>Level thresholds (two numbers; default 1/3 and 2/3 of min-max)</source>
        <translation>Деңгей шектері (екі сан; әдепкі: min-max ауқымының 1/3 және 2/3 бөлігі)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="60"/>
        <source>Largest share of missing indicators a region may have</source>
        <translation>Өңірдегі жетіспейтін көрсеткіштердің рұқсат етілген ең үлкен үлесі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="69"/>
        <source>Composite innovation index</source>
        <translation>Композиттік инновациялық индекс</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="100"/>
        <source>Regions with indicator fields</source>
        <translation>Көрсеткіш өрістері бар өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="102"/>
        <source>Innovation potential fields (resources)</source>
        <translation>Инновациялық әлеует өрістері (ресурстар)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="102"/>
        <source>Innovation performance fields (results)</source>
        <translation>Инновациялық нәтижелілік өрістері (нәтижелер)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="102"/>
        <source>Fields where lower is better</source>
        <translation>Мәні төмен болғаны жақсы өрістер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="112"/>
        <source>Indicator table with the national row</source>
        <translation>Республика жолы бар көрсеткіштер кестесі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="115"/>
        <source>Year of the national row (long or BNS-style tables)</source>
        <translation>Республика жолының жылы (ұзын кестелер және ҰСБ үлгісіндегі кестелер)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="130"/>
        <source>Profile clusters (0: chosen by silhouette)</source>
        <translation>Бейін кластерлерінің саны (0: силуэт бойынша таңдалады)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="145"/>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Innovation index</source>
        <translation>Инновациялық индекс</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="149"/>
        <source>Weights</source>
        <translation>Салмақтар</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="151"/>
        <source>Indicator correlations</source>
        <translation>Көрсеткіштер корреляциялары</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="191"/>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="151"/>
        <location filename="../processing_provider/algorithms/specialisation.py" line="195"/>
        <location filename="../processing_provider/algorithms/spillover.py" line="142"/>
        <source>Reading the regions</source>
        <translation>Өңірлерді оқу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/innovation_index.py" line="193"/>
        <source>Computing the index and its uncertainty</source>
        <translation>Индексті және оның белгісіздігін есептеу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="30"/>
        <source>Join indicator table to regions</source>
        <translation>Көрсеткіштер кестесін өңірлерге біріктіру</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="50"/>
        <location filename="../processing_provider/algorithms/specialisation.py" line="126"/>
        <location filename="../processing_provider/model_algorithm.py" line="54"/>
        <source>Regions (polygon layer)</source>
        <translation>Өңірлер (полигондық қабат)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="55"/>
        <location filename="../processing_provider/model_algorithm.py" line="55"/>
        <source>Indicator table file (CSV or XLSX)</source>
        <translation>Көрсеткіштер кестесінің файлы (CSV немесе XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="61"/>
        <source>Indicator table layer (instead of a file)</source>
        <translation>Көрсеткіштер кестесінің қабаты (файлдың орнына)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="73"/>
        <location filename="../processing_provider/model_algorithm.py" line="56"/>
        <source>Year (long or BNS-style tables)</source>
        <translation>Жыл (ұзын кестелер және ҰСБ үлгісіндегі кестелер)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="78"/>
        <location filename="../processing_provider/algorithms/specialisation.py" line="131"/>
        <source>Region code or name field (detected when empty)</source>
        <translation>Өңір коды немесе атауы өрісі (бос болса, автоматты түрде анықталады)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="84"/>
        <source>Table column with region codes or names (detected when empty)</source>
        <translation>Өңір кодтары немесе атаулары бар кесте бағаны (бос болса, автоматты түрде анықталады)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="90"/>
        <source>Accept fuzzy name matches at least this similar (0.5-1; empty: never)</source>
        <translation>Ұқсастығы кемінде осындай анық емес атау сәйкестіктерін қабылдау (0,5–1; бос болса: ешқашан)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="100"/>
        <source>Regions with indicators</source>
        <translation>Көрсеткіштері бар өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="105"/>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Match report</source>
        <translation>Сәйкестендіру есебі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="110"/>
        <source>Regions matched</source>
        <translation>Сәйкестендірілген өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="111"/>
        <source>Table rows unmatched</source>
        <translation>Сәйкестендірілмеген кесте жолдары</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="124"/>
        <source>Give the indicator table either as a file (TABLE: CSV or XLSX) or as a table layer (TABLE_LAYER), not both and not neither.</source>
        <translation>Көрсеткіштер кестесін бір ғана тәсілмен беріңіз: файл ретінде (TABLE: CSV немесе XLSX) немесе кесте қабаты ретінде (TABLE_LAYER); екеуін бірге бермеңіз және екеуін де бос қалдырмаңыз.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/join_indicators.py" line="153"/>
        <source>Reading the table and matching regions</source>
        <translation>Кестені оқу және өңірлерді сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="49"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="78"/>
        <source>Local Moran's I (LISA)</source>
        <translation>Моранның жергілікті I статистикасы (LISA)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="83"/>
        <source>Bivariate: against the spatial lag of this field</source>
        <translation>Екі айнымалылы: осы өрістің кеңістіктік лагына қатысты</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/local_statistics.py" line="100"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Ыстық нүктелер (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="32"/>
        <source>Macro-regions (spatially constrained clustering)</source>
        <translation>Макроөңірлер (кеңістіктік шектеулі кластерлеу)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="55"/>
        <source>Profile fields</source>
        <translation>Бейін өрістері</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="58"/>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="60"/>
        <source>Number of macro-regions (SKATER, Ward)</source>
        <translation>Макроөңірлер саны (SKATER, Ward)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="63"/>
        <source>Floor field (Max-p; empty: the number of regions)</source>
        <translation>Шекті мән өрісі (Max-p; бос болса: өңірлер саны)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="67"/>
        <source>Floor: minimum total per macro-region (Max-p)</source>
        <translation>Шекті мән: бір макроөңірдің ең аз жиынтығы (Max-p)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="73"/>
        <source>Regions with their macro-region</source>
        <translation>Макроөңірі көрсетілген өңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="75"/>
        <source>Macro-regions</source>
        <translation>Макроөңірлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/regionalize.py" line="105"/>
        <source>{m} macro-regions; within sum of squares {w:.3f}, between {b:.3f} (total {t:.3f})</source>
        <translation>Макроөңірлер саны: {m}; топ ішіндегі квадраттар қосындысы {w:.3f}, топтар арасындағы {b:.3f} (жалпы {t:.3f})</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="26"/>
        <location filename="../processing_provider/spatial_parameters.py" line="59"/>
        <source>Spatial weights</source>
        <translation>Кеңістіктік салмақтар</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="28"/>
        <source>Spatial statistics</source>
        <translation>Кеңістіктік статистика</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="43"/>
        <source>Weights file</source>
        <translation>Салмақтар файлы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="45"/>
        <source>Weights summary</source>
        <translation>Салмақтардың қысқаша сипаттамасы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="47"/>
        <source>Islands</source>
        <translation>Аралдар (көршісі жоқ объектілер)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spatial_weights.py" line="48"/>
        <source>Components</source>
        <translation>Байланыстылық компоненттері</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="27"/>
        <source>Regions with their specialisation</source>
        <translation>Өңірлер және олардың мамандануы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="29"/>
        <source>Region x activity table (LQ, stars)</source>
        <translation>Өңір × қызмет түрі кестесі (LQ, жұлдыздар)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="32"/>
        <source>Localisation of each activity</source>
        <translation>Қызмет түрлерінің оқшаулануы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="34"/>
        <source>Shift-share components</source>
        <translation>Ығысу-үлес құрамдас бөліктері</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="36"/>
        <source>Region x activity table as published (when summed)</source>
        <translation>Жарияланған күйдегі өңір × қызмет түрі кестесі (қосылғанда)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="43"/>
        <source>Specialisation: LQ at least</source>
        <translation>Мамандану: LQ кемінде</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="43"/>
        <source>Size star: top share of regions</source>
        <translation>Көлем жұлдызы: өңірлердің жоғарғы үлесі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="43"/>
        <source>Specialisation star: LQ at least</source>
        <translation>Мамандану жұлдызы: LQ кемінде</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="43"/>
        <source>Focus star: top share of regions</source>
        <translation>Фокус жұлдызы: өңірлердің жоғарғы үлесі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="55"/>
        <source>Sheet (name or number; default the first)</source>
        <translation>Парақ (атауы немесе нөмірі; әдепкі бойынша бірінші)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="57"/>
        <source>Activity sheets (one sheet per activity): activity=sheet; ...</source>
        <translation>Қызмет түрлерінің парақтары (әр түрге бір парақ): түр=парақ; ...</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="59"/>
        <source>Column of each activity sheet (header or number; default 0)</source>
        <translation>Әр парақтағы баған (атауы немесе нөмірі; әдепкі бойынша 0)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="61"/>
        <source>Region column</source>
        <translation>Өңір бағаны</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="62"/>
        <source>Activity column (long table)</source>
        <translation>Қызмет түрі бағаны (ұзын кесте)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="64"/>
        <source>Value column (long table)</source>
        <translation>Мән бағаны (ұзын кесте)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="66"/>
        <source>Region total column (wide table; empty: the sum of activities)</source>
        <translation>Өңір жиынтығының бағаны (кең кесте; бос болса — түрлердің қосындысы)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="68"/>
        <source>Sheet of the base year</source>
        <translation>Базалық жыл парағы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="69"/>
        <source>Sheet of each region's total (one sheet per activity)</source>
        <translation>Өңірлер жиынтығының парағы (әр қызмет түріне бір парақ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="79"/>
        <source>Region x activity table (CSV, XLSX, XLS or ODS)</source>
        <translation>Өңір × қызмет түрі кестесі (CSV, XLSX, XLS немесе ODS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="83"/>
        <source>Table layout</source>
        <translation>Кесте құрылымы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="87"/>
        <source>Read "-" as</source>
        <translation>«-» белгісін оқу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="112"/>
        <source>Specialisation and concentration</source>
        <translation>Мамандану және шоғырлану</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="134"/>
        <source>Sum a table of newer regions to the layer's boundary set</source>
        <translation>Жаңарақ өңірлер кестесін қабаттың шекаралар жиынына дейін қосу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="144"/>
        <source>Base-year table for shift-share (same layout)</source>
        <translation>Ығысу-үлес үшін базалық жыл кестесі (сол құрылым)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="148"/>
        <source>Shift-share: Esteban-Marquillas split</source>
        <translation>Ығысу-үлес: Эстебан-Маркильяс бойынша бөлу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/specialisation.py" line="197"/>
        <source>Reading the table and measuring specialisation</source>
        <translation>Кестені оқу және мамандануды есептеу</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="32"/>
        <source>Model estimates</source>
        <translation>Модель бағалары</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="34"/>
        <source>Direct, indirect and total effects</source>
        <translation>Тікелей, жанама және жиынтық әсерлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="37"/>
        <source>Effect of each core on each region</source>
        <translation>Әр ядроның әр өңірге әсері</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="40"/>
        <source>Own and spillover effect of each core</source>
        <translation>Әр ядроның өз әсері және таралу әсері</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="50"/>
        <source>Spillover effects of cores (spatial lag and Durbin models)</source>
        <translation>Ядролардың таралу әсерлері (кеңістіктік лаг және Дарбин модельдері)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="70"/>
        <source>Regions (one feature per region, or per region and year)</source>
        <translation>Өңірлер (бір өңірге немесе бір өңір мен жылға бір нысан)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="73"/>
        <source>Outcome (y)</source>
        <translation>Нәтиже (y)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="76"/>
        <source>Inputs (x) whose effects are wanted</source>
        <translation>Әсерлері қажет факторлар (x)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="80"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="81"/>
        <source>Cores: region ids, codes or names, separated by commas</source>
        <translation>Ядролар: өңірлердің идентификаторлары, кодтары немесе атаулары, үтір арқылы</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="84"/>
        <source>Field marking the cores (true or not zero)</source>
        <translation>Ядроларды белгілейтін өріс (ақиқат немесе нөл емес)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="87"/>
        <source>Simulation draws for the intervals</source>
        <translation>Интервалдар үшін модельдеу саны</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="93"/>
        <source>Confidence level of the intervals</source>
        <translation>Интервалдардың сенімділік деңгейі</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="96"/>
        <source>Year field of a panel (region fixed effects)</source>
        <translation>Панельдің жыл өрісі (өңірлердің тіркелген әсерлері)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="99"/>
        <source>Region id field of a panel (the same in every year)</source>
        <translation>Панельдегі өңір идентификаторының өрісі (барлық жылдарда бірдей)</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithms/spillover.py" line="144"/>
        <source>Estimating the model and simulating its effects</source>
        <translation>Модельді бағалау және оның әсерлерін модельдеу</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="45"/>
        <source>An output saved as CSV is safe to open in a spreadsheet: a text cell that begins with =, +, -, @, a tab or a carriage return (which Excel or LibreOffice would run as a formula) is written with a leading apostrophe; numbers are written as they are.</source>
        <translation>CSV ретінде сақталған нәтижені электрондық кестеде қауіпсіз ашуға болады: =, +, -, @, табуляция немесе каретканы қайтару таңбасынан басталатын мәтіндік ұяшық (Excel немесе LibreOffice оны формула ретінде орындар еді) басында апострофпен жазылады; сандар сол күйінде жазылады.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="101"/>
        <source>Data preparation</source>
        <translation>Деректерді дайындау</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="153"/>
        <source>"{value}" or {index} ({label})</source>
        <translation>"{value}" немесе {index} ({label})</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="183"/>
        <source>{label}: {value!r} is not one of the options. Pass one of these values or its number: {accepted}.</source>
        <translation>{label}: {value!r} нұсқалардың бірі емес. Мына мәндердің бірін немесе оның нөмірін беріңіз: {accepted}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="221"/>
        <source>Options in scripts, models and qgis_process</source>
        <translation>Скрипттердегі, модельдердегі және qgis_process-тегі нұсқалар</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="222"/>
        <source>The dialog shows the labels. A script, a model or qgis_process passes either the value or its number, for example {value} or {number}.</source>
        <translation>Диалог терезесі атауларды көрсетеді. Скрипт, модель немесе qgis_process мәнді немесе оның нөмірін береді, мысалы, {value} немесе {number}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/destinations.py" line="133"/>
        <source>The output {output} would write into {path}, the file of the input {input}. Inputs are never modified: choose another file for {output}.</source>
        <translation>{output} нәтижесі {path} ішіне — {input} кіріс деректерінің файлына жазылар еді. Кіріс деректері ешқашан өзгертілмейді: {output} үшін басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../processing_provider/destinations.py" line="139"/>
        <source>The outputs {first} and {second} would both write {path}, and one would replace the other. Choose a separate file for each (or different layer names in one GeoPackage).</source>
        <translation>{first} және {second} нәтижелерінің екеуі де {path} ішіне жазылар еді, біреуі екіншісін алмастырар еді. Әрқайсысына бөлек файл таңдаңыз (немесе бір GeoPackage ішінде әртүрлі қабат атауларын).</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="38"/>
        <source>Innovation clusters model: join, index, LISA, cores</source>
        <translation>Инновациялық кластерлер моделі: біріктіру, индекс, LISA, ядролар</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="42"/>
        <source>Innovation clusters</source>
        <translation>Инновациялық кластерлер</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="43"/>
        <source>&lt;p&gt;The steps of &lt;i&gt;Full analysis&lt;/i&gt; as a graphical model: join the indicator table to the regions, compute the composite innovation index and its local Moran clusters (LISA), then select the innovation cores, typed by their LISA cluster, with their influence zones and clusters.&lt;/p&gt;&lt;p&gt;Give the regions, the table and the year; an output left empty is written to a temporary layer. To change a step or take the steps apart, open &lt;code&gt;models/analysismodel.model3&lt;/code&gt; of the plugin folder in the model designer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Толық талдау&lt;/i&gt; қадамдары графикалық модель ретінде: көрсеткіштер кестесін өңірлерге біріктіру, композиттік инновациялық индексті және оның Моранның жергілікті кластерлерін (LISA) есептеу, содан кейін LISA кластері бойынша түрі анықталған инновациялық ядроларды олардың ықпал аймақтарымен және кластерлерімен бірге таңдау.&lt;/p&gt;&lt;p&gt;Өңірлерді, кестені және жылды беріңіз; бос қалдырылған нәтиже уақытша қабатқа жазылады. Қадамды өзгерту немесе қадамдарды бөлек пайдалану үшін плагин қалтасындағы &lt;code&gt;models/analysismodel.model3&lt;/code&gt; файлын модель құрастырушысында ашыңыз.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>Clusters of cores</source>
        <translation>Ядро кластерлері</translation>
    </message>
    <message>
        <location filename="../processing_provider/model_algorithm.py" line="66"/>
        <source>LISA clusters of the index</source>
        <translation>Индекс бойынша LISA кластерлері</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="60"/>
        <source>Number of neighbours (k nearest neighbours; adaptive kernel bandwidth)</source>
        <translation>Көршілер саны (k ең жақын көрші; ядроның бейімделгіш терезе ені)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="63"/>
        <source>Distance band or kernel bandwidth in metres (empty: the smallest band that gives every feature a neighbour)</source>
        <translation>Қашықтық шегі немесе ядроның терезе ені, метрмен (бос болса: әрбір объектінің көршісі болатын ең кіші қашықтық)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="67"/>
        <source>Kernel function</source>
        <translation>Ядролық функция</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="68"/>
        <source>Weights transform</source>
        <translation>Салмақтарды түрлендіру</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="70"/>
        <source>Features without neighbours</source>
        <translation>Көршісі жоқ объектілер</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="72"/>
        <source>Unique id field (ids of a weights file; default: feature ids)</source>
        <translation>Бірегей идентификатор өрісі (салмақтар файлының идентификаторлары; әдепкі: объект идентификаторлары)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="77"/>
        <source>Weights file (GAL/GWT) instead of building weights</source>
        <translation>Салмақтарды құрудың орнына салмақтар файлы (GAL/GWT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="77"/>
        <source>Spatial weights (*.gal *.gwt)</source>
        <translation>Кеңістіктік салмақтар (*.gal *.gwt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="89"/>
        <source>Permutations</source>
        <translation>Пермутациялар саны</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="97"/>
        <source>Significance level</source>
        <translation>Маңыздылық деңгейі</translation>
    </message>
    <message>
        <location filename="../processing_provider/spatial_parameters.py" line="100"/>
        <source>Multiple-testing correction</source>
        <translation>Көптік тексеруге түзету</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>High-High</source>
        <translation>Жоғары-Жоғары</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>Low-Low</source>
        <translation>Төмен-Төмен</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>Low-High</source>
        <translation>Төмен-Жоғары</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>High-Low</source>
        <translation>Жоғары-Төмен</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>Undefined</source>
        <translation>Анықталмаған</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="32"/>
        <source>Isolated</source>
        <translation>Оқшауланған</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Not significant</source>
        <translation>Маңызды емес</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Cold spot, 99 % confidence</source>
        <translation>Суық нүкте, 99 % сенімділік</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Cold spot, 95 % confidence</source>
        <translation>Суық нүкте, 95 % сенімділік</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Cold spot, 90 % confidence</source>
        <translation>Суық нүкте, 90 % сенімділік</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Hot spot, 90 % confidence</source>
        <translation>Ыстық нүкте, 90 % сенімділік</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Hot spot, 95 % confidence</source>
        <translation>Ыстық нүкте, 95 % сенімділік</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="42"/>
        <source>Hot spot, 99 % confidence</source>
        <translation>Ыстық нүкте, 99 % сенімділік</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>New Hot Spot</source>
        <translation>Жаңа ыстық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Consecutive Hot Spot</source>
        <translation>Тізбекті ыстық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Intensifying Hot Spot</source>
        <translation>Күшейіп келе жатқан ыстық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Persistent Hot Spot</source>
        <translation>Тұрақты ыстық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Diminishing Hot Spot</source>
        <translation>Әлсіреп келе жатқан ыстық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Sporadic Hot Spot</source>
        <translation>Анда-санда болатын ыстық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Oscillating Hot Spot</source>
        <translation>Тербелмелі ыстық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Historical Hot Spot</source>
        <translation>Тарихи ыстық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>New Cold Spot</source>
        <translation>Жаңа суық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Consecutive Cold Spot</source>
        <translation>Тізбекті суық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Intensifying Cold Spot</source>
        <translation>Күшейіп келе жатқан суық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Persistent Cold Spot</source>
        <translation>Тұрақты суық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Diminishing Cold Spot</source>
        <translation>Әлсіреп келе жатқан суық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Sporadic Cold Spot</source>
        <translation>Анда-санда болатын суық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Oscillating Cold Spot</source>
        <translation>Тербелмелі суық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>Historical Cold Spot</source>
        <translation>Тарихи суық нүкте</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="54"/>
        <source>No Pattern Detected</source>
        <translation>Заңдылық анықталмады</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>The core itself</source>
        <translation>Ядроның өзі</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>Rise, interval above zero</source>
        <translation>Өсу, интервал нөлден жоғары</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>Rise, interval includes zero</source>
        <translation>Өсу, интервал нөлді қамтиды</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>No effect</source>
        <translation>Әсер жоқ</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>Fall, interval includes zero</source>
        <translation>Кему, интервал нөлді қамтиды</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="80"/>
        <source>Fall, interval below zero</source>
        <translation>Кему, интервал нөлден төмен</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="91"/>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="91"/>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="91"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="98"/>
        <source>Agglomeration</source>
        <translation>Агломерация</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="99"/>
        <source>Isolated core</source>
        <translation>Оқшауланған ядро</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="100"/>
        <source>Core in a low-index area</source>
        <translation>Индексі төмен аймақтағы ядро</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="101"/>
        <source>Hot spot core</source>
        <translation>Ыстық нүкте ядросы</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="102"/>
        <source>Core</source>
        <translation>Ядро</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="108"/>
        <source>Zone {n}</source>
        <translation>{n}-аймақ</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="112"/>
        <source>Macro-region {n}</source>
        <translation>{n}-макроөңір</translation>
    </message>
    <message>
        <location filename="../processing_provider/styles.py" line="120"/>
        <source>Activity {n}</source>
        <translation>Қызмет түрі {n}</translation>
    </message>
</context>
</TS>
