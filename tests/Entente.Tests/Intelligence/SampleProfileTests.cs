using System.Globalization;
using System.Text.Json;
using Entente.Tests.Support;

namespace Entente.Tests.Intelligence;

/// <summary>
/// The sample's commitment profiles on short reports written for this test (not taken from news-dev or any article):
/// each topic the profiles are meant for, in English, Russian and Azerbaijani with their inflected forms, through the
/// real <c>extract --db</c> on the sample. Each report must link to its clauses and to no clause outside the allowed ones.
/// </summary>
public class SampleProfileTests(PostgresServer postgres, ITestOutputHelper output)
{
    // Name, text, the clauses it must link to, the clauses it may also link to (a reader would accept either way).
    private static readonly (string Name, string Text, int[] Required, int[] Allowed)[] s_reports =
    [
        ("commission-az", "Bakı, 12 sentyabr 2025. Azərbaycan ilə Rusiya arasında iqtisadi əməkdaşlıq üzrə Hökumətlərarası Komissiyanın növbəti iclası Bakıda keçirilib.", [22], [24]),
        ("commission-ru", "Москва, 12 сентября 2025 года. В Москве состоялось очередное заседание Межправительственной комиссии по экономическому сотрудничеству между Россией и Азербайджаном.", [22], [24]),
        ("currencies-az", "Bakı, 3 mart 2025. Rusiya ilə Azərbaycan arasında qarşılıqlı hesablaşmalarda milli valyutaların payı artır, ödənişlərin yarısından çoxu rubl və manatla aparılıb.", [28], []),
        ("currencies-ru", "Баку, 3 марта 2025 года. Доля национальных валют во взаиморасчетах России и Азербайджана превысила 60 процентов. Азербайджанские банки расширяют корреспондентские отношения с российскими банками.", [28], [27]),
        ("corridor-az", "Bakı, 20 may 2025. Azərbaycan və Rusiya \"Şimal-Cənub\" beynəlxalq nəqliyyat dəhlizi ilə yükdaşımaların həcmini artırmaq barədə razılığa gəliblər.", [29], [30]),
        ("corridor-en", "BAKU, May 20, 2025. Freight traffic on the western route of the North-South International Transport Corridor through Azerbaijan grew by a quarter, Russian Railways said. Russia and Azerbaijan agreed to upgrade the rail link to Astara.", [29], [30]),
        ("schools-az", "Bakı, 5 oktyabr 2025. Azərbaycanda rus dilində tədris aparılan məktəblərin sayı 300-ə çatıb, Rusiya universitetlərinin Bakı filiallarında minlərlə tələbə təhsil alır, Rusiya səfiri bildirib.", [41], [40]),
        ("schools-ru", "Баку, 5 октября 2025 года. В Азербайджане работают более 300 школ с русским языком обучения, а в бакинских филиалах российских вузов учатся тысячи студентов, рассказал посол России.", [41], [40]),
        ("parliaments-az", "Bakı, 14 noyabr 2025. Azərbaycan Milli Məclisi ilə Rusiyanın Dövlət Duması arasında parlamentlərarası əməkdaşlığa dair yol xəritəsi imzalanıb.", [38], []),
        ("parliaments-ru", "Баку, 22 апреля 2025 года. Государственная Дума и Милли Меджлис Азербайджана реализуют дорожную карту по развитию межпарламентского сотрудничества между Россией и Азербайджаном.", [38], []),
        ("parliaments-en", "MOSCOW, April 22, 2025. The State Duma and Azerbaijan's Milli Majlis will implement the road map for the development of inter-parliamentary cooperation between Russia and Azerbaijan.", [38], []),
        ("consultations-ru", "Москва, 2 июня 2025 года. В Москве прошли консультации между министерствами иностранных дел России и Азербайджана по консульским вопросам.", [7], [21]),
        ("culture-days-az", "Bakı, 10 aprel 2025. Bakıda Azərbaycanda Rusiya Mədəniyyəti Günləri başlayıb, proqrama konsertlər və sərgilər daxildir.", [43], [41]),
        ("trade-az", "Bakı, 8 iyul 2025. Rusiya ilə Azərbaycan arasında ticarət dövriyyəsi 2024-cü ildə 4,8 milyard ABŞ dolları təşkil edib.", [24], []),
        ("energy-ru", "Баку, 15 февраля 2025 года. «Лукойл» и ГНКАР подписали соглашение о совместной разработке месторождения на каспийском шельфе. Россия и Азербайджан продолжают сотрудничество в нефтегазовой сфере.", [31], []),
        ("regions-ru", "Махачкала, 8 июля 2025 года. В Дербенте прошел российско-азербайджанский межрегиональный форум, губернаторы российских регионов и главы районов Азербайджана подписали соглашения о сотрудничестве.", [39], []),
        ("agriculture-az", "Bakı, 18 mart 2025. Azərbaycanın kənd təsərrüfatı naziri Rusiyanın kənd təsərrüfatı naziri ilə Azərbaycan meyvə-tərəvəzinin Rusiya bazarına ixracını və Rusiyadan taxıl tədarükünü müzakirə edib.", [35], [24]),
        ("security-az", "Bakı, 14 iyun 2025. Rusiya və Azərbaycan hüquq-mühafizə orqanları beynəlxalq terrorizm və qeyri-qanuni miqrasiyaya qarşı birgə mübarizəni gücləndirmək barədə razılığa gəliblər.", [18], []),
        ("security-en", "MOSCOW, June 14, 2025. Russian and Azerbaijani security services agreed to step up joint efforts against terrorism, drug trafficking and illegal migration.", [18], []),
        ("culture-days-ru", "Москва, 5 марта 2025 года. В Казани открылись Дни культуры Азербайджана в России, в программе выступления мастеров мугама и показ азербайджанского кино.", [43], [41]),
        ("regions-az", "Bakı, 6 mart 2025. Rusiya regionları ilə Azərbaycan arasında regionlararası əməkdaşlıq forumu Qəbələdə keçirilib.", [39], []),
        ("cultural-centre-ru", "Баку, 12 мая 2025 года. В Русском доме в Баку, представительстве Россотрудничества в Азербайджане, прошла встреча с молодыми учеными из России и Азербайджана.", [42], [41]),
        // A Party placed by a city or its parliament, never named; a dateline places nothing (the third is another pair's).
        ("culture-days-en", "BAKU, October 10, 2025. The Days of Russian Culture opened in Baku with a concert; the festival runs in Ganja and Sumgait until 20 October.", [43], [41, 42]),
        ("parliaments-bodies-en", "BAKU, February 4, 2025. The Milli Majlis and the State Duma approved a road map of inter-parliamentary cooperation for 2025-2027.", [38], []),
        ("other-pair-dateline-en", "MOSCOW, June 4, 2025. Turkey and Azerbaijan held a session of their Intergovernmental Commission; the Turkish and Azerbaijani ministers said trade will reach $15 billion.", [], []),
        // A state's own Security Council is not the UN's (clause 3).
        ("security-councils-en", "BAKU, March 5, 2025. The secretary of Azerbaijan's Security Council met the secretary of the Security Council of Russia in Moscow to discuss regional security in the South Caucasus.", [], [5]),
        ("agriculture-ru", "Баку, 6 марта 2025 года. Экспорт российского подсолнечного масла в Азербайджан вырос вдвое, сообщил Минсельхоз России.", [35], [24]),
        ("detained-nationals-en", "BAKU, February 14, 2025. The Azerbaijani Foreign Ministry summoned the Russian ambassador to protest against the detention of Azerbaijani nationals in Yekaterinburg.", [7, 21], []),
        // A multilateral body in the sentence, with both Parties' parliaments in it: still about the Parties.
        ("parliaments-cis-en", "MOSCOW, November 2, 2025. A delegation of the Milli Majlis took part in the session of the CIS Interparliamentary Assembly in St Petersburg and met the chairwoman of the Federation Council.", [38], [4]),
        // A region of one Party meeting the other Party (the '@region' cue of clause 39); a region as the place of a plant is not.
        ("region-governor-en", "BAKU, July 1, 2025. The President of Azerbaijan received the Governor of St Petersburg, and they discussed cooperation between Azerbaijan and St Petersburg in trade and culture.", [39], [24, 41]),
        ("region-governor-ru", "Астрахань, 14 марта 2025 года. Губернатор Астраханской области обсудил в Баку развитие паромного сообщения и сотрудничество с Азербайджаном.", [39], [29, 30]),
        ("regions-both-en", "MOSCOW, May 14, 2025. A delegation from Bashkortostan visited Ganja to discuss cooperation between the Bashkir and Ganja universities and the exchange of students.", [39, 41], [42]),
        ("border-bridge-ru", "Махачкала, 9 октября 2025 года. Глава Дагестана и посол Азербайджана обсудили ремонт моста через реку Самур и работу пункта пропуска на границе.", [30], [39, 29]),
        ("border-checkpoint-en", "MOSCOW, June 6, 2025. Azerbaijan and Russia agreed to expand the capacity of a checkpoint on their border and to introduce electronic queueing for trucks.", [30], [29]),
        ("pharmaceutical-plant-en", "MOSCOW, August 22, 2025. A Russian pharmaceutical company will build a plant in Azerbaijan's Alat free economic zone, the companies said.", [26], [24, 37]),
        // (Production cooperation between two companies is 24's too: session 40 gave 24 the industries' names.)
        ("region-plant-en", "BAKU, March 16, 2025. KAMAZ and Azermash agreed to expand the assembly of trucks at the Ganja automobile plant.", [26], [24]),
        ("other-pair-ru", "Астана, 12 сентября 2025 года. В Астане состоялось заседание Межправительственной комиссии по сотрудничеству между Россией и Казахстаном.", [], []),
        ("other-pair-en", "ANKARA, June 4, 2025. Turkey and Azerbaijan signed a road map on energy cooperation and agreed to expand gas supplies through the Trans-Anatolian pipeline.", [], []),
        // A Party joined with a third state near the cue is that pair's dealing, for a clause between the Parties only;
        // the Parties joined together, or a list of one Party's counterparts, is not.
        ("other-pair-observer-az", "Bakı, 12 sentyabr 2025. Azərbaycan və Qazaxıstan arasında Hökumətlərarası Komissiyanın iclası keçirilib, Rusiya nümayəndəsi müşahidəçi kimi iştirak edib.", [], []),
        ("other-pair-ministers-ru", "Баку, 10 июля 2025 года. Министры иностранных дел Азербайджана и Турции провели переговоры в Анкаре и обсудили транспортные коридоры; Россия в заявлении не упоминалась.", [], []),
        ("other-pair-compound-en", "BAKU, September 9, 2025. The Azerbaijani-Turkish intergovernmental commission met in Baku, and its co-chairs also discussed transit to Russia.", [], []),
        ("counterparts-en", "MOSCOW, June 10, 2025. Russia's trade turnover with Azerbaijan and Kazakhstan grew by 12 percent in the first quarter, the Federal Customs Service said.", [24], []),
        ("three-states-ru", "Москва, 14 апреля 2025 года. Россия, Азербайджан и Иран подписали меморандум о развитии транспортного коридора «Север — Юг» и увеличении грузоперевозок по железной дороге Решт — Астара.", [29], [30]),
        ("agriculture-tomatoes-en", "MOSCOW, May 6, 2025. Azerbaijani exporters shipped 40,000 tonnes of tomatoes to Russia in the first four months, after Russian inspectors lifted restrictions on three greenhouse complexes.", [35], [24, 25]),
        ("other-pair-companies-en", "BAKU, May 18, 2025. Azerbaijan's state oil company SOCAR and Turkey's BOTAŞ agreed to extend gas supply contracts, while Russia's Gazprom was not involved in the deal.", [], []),
        // Two currencies are one subject: an exchange rate is no evidence of settlements in them.
        ("exchange-rate-ru", "Москва, 19 июня 2025 года. Курс доллара на Московской бирже вырос до 95 рублей, азербайджанский манат на торгах не котировался.", [], []),
        ("settlements-share-en", "BAKU, November 12, 2025. The co-chairs agreed to increase the share of roubles and manats in bilateral settlements between Russia and Azerbaijan.", [28], [22]),
        ("trucks-venture-ru", "Баку, 22 июня 2025 года. Российская компания «КАМАЗ» и азербайджанская «Азермаш» увеличат выпуск грузовиков на совместном предприятии в Гяндже.", [26], [24, 27]),
        // Session 20: the payments' names claim their sentence; the trade they pay for is not trade's evidence.
        ("rouble-share-en", "MOSCOW, September 12, 2025. The share of the rouble in payments for trade between Azerbaijan and Russia rose to 40 percent, the central bank said.", [28], []),
        ("rouble-share-ru", "Москва, 12 сентября 2025 года. Доля рубля в расчетах по взаимной торговле России и Азербайджана выросла до 40%.", [28], []),
        ("rouble-share-az", "Bakı, 12 sentyabr 2025. Azərbaycan ilə Rusiya arasında ticarət üzrə hesablaşmalarda manat və rublun payı 50 faizə çatıb.", [28], []),
        // Session 20: a headline of cybercrime makes the text the crime's story.
        ("cybercrime-headline-ru", "МВД России и Азербайджана расширят борьбу с киберпреступлениями\nБаку, 5 октября 2025 года. Министры внутренних дел обсудили мошенничество с использованием информационно-коммуникационных технологий в отношении граждан двух стран.", [18], []),
        // Session 20: a road map next to another clause's name is that clause's, not the action plan's.
        ("parliament-road-map-en", "BAKU, May 14, 2025. The speakers of the parliaments of Azerbaijan and Russia signed a roadmap for the development of interparliamentary cooperation for 2025-2027.", [38], []),
        ("phytosanitary-road-map-en", "MOSCOW, March 4, 2025. Rosselkhoznadzor and Azerbaijan's Food Safety Agency agreed to carry on the road map of cooperation in the field of veterinary and phytosanitary supervision.", [35], []),
        // Session 20: a lead about Russia and Iran stays theirs though its headline names Astara.
        ("rasht-astara-iran-ru", "Россия выделит Ирану кредит на дорогу Решт — Астара\nМосква, 17 мая 2025 года. Россия и Иран подписали соглашение о кредите на строительство дороги Решт — Астара. Дорога дойдёт до границы с Азербайджаном, а стороны расширяют расчеты в национальных валютах.", [], [29]),
        // Session 20: farm machinery is the industries' name, not a word of farming.
        ("farm-machinery-supplies-ru", "Баку, 20 ноября 2025 года. Азербайджан и Россия обсудили поставки российской сельхозтехники.", [26], [24]),
        // Session 20: peace talks name the peace clause; opening the communications (any case) names the statements' clause.
        ("peace-talks-en", "MOSCOW, March 12, 2024. Russian Foreign Minister Sergei Lavrov and his Azerbaijani counterpart Jeyhun Bayramov discussed the peace talks between Azerbaijan and Armenia.", [10], [7]),
        ("peace-talks-ru", "Москва, 12 марта 2024 года. Министры иностранных дел России и Азербайджана Сергей Лавров и Джейхун Байрамов обсудили мирные переговоры между Азербайджаном и Арменией.", [10], [7]),
        ("peace-talks-az", "Bakı, 12 mart 2024. Azərbaycan və Rusiyanın xarici işlər nazirləri Ceyhun Bayramov və Sergey Lavrov Azərbaycan ilə Ermənistan arasında sülh danışıqları prosesini və regionda nəqliyyat kommunikasiyalarının açılmasını müzakirə ediblər.", [9, 10], [7]),
        // Session 20: trucks assembled at a car plant are the industries', not the corridor's lorries.
        ("truck-assembly-az", "Bakı, 14 noyabr 2025. Azərbaycan və Rusiya Şimal–Cənub beynəlxalq nəqliyyat dəhlizi ilə yükdaşımaları, eləcə də Gəncə Avtomobil Zavodunda Rusiya istehsalı olan yük avtomobillərinin yığılmasını müzakirə ediblər.", [26, 29], [24]),
        // Session 19: a good and a word of trade are trade's figures, not the agro-industrial cooperation of clause 35.
        ("wheat-imports-az", "Bakı, 19 iyun 2025. Rusiyadan Azərbaycana buğda idxalı ilin əvvəlindən 20 faiz artıb, Dövlət Gömrük Komitəsi bildirib.", [], [24]),
        ("region-republic-en", "BAKU, July 1, 2025. Azerbaijan's Ambassador to Russia met the head of Tatarstan and discussed expanding trade and cultural ties between the republic and Azerbaijan.", [39], [24, 41]),
        // Session 16: the sphere's words for military training, armoured vehicles, agricultural machinery, telecom operators.
        ("military-academies-en", "BAKU, July 10, 2025. Azerbaijani officers will study at Russian military academies under the plan agreed by the defence ministries of the two countries.", [13], [12]),
        ("military-academies-ru", "Баку, 10 июля 2025 года. Азербайджанские военнослужащие пройдут обучение в российских военных вузах, договорились министерства обороны Азербайджана и России.", [13], [12]),
        ("armoured-vehicles-en", "MOSCOW, August 16, 2025. Russia will deliver armoured vehicles to the Azerbaijani army with support from Russian enterprises, the two defence ministries said.", [14], [12]),
        ("farm-machinery-en", "KAZAN, September 4, 2025. Tatarstan will supply agricultural machinery to Azerbaijan under the agreement signed in Baku.", [26], [24, 39]),
        ("telecom-az", "Bakı, 3 noyabr 2025. Azərbaycanın Azərtelekom və Rusiyanın Rostelekom şirkətləri şəbəkələrini birləşdirən birbaşa rabitə kanalının tutumunu artırmağa razılaşıb.", [33], []),
        // A sentence with one Party whose cue is near a third state, the other Party absent: that state's dealings.
        ("one-party-third-state-en", "BAKU, April 27, 2025. Russia and Azerbaijan extended rail discounts for transit freight.\nThe Astrakhan governor also led a trade mission to Ashgabat last month.", [29], []),
        // "The two sides" are the Parties: a sentence naming only international bodies beside them keeps them.
        ("international-bodies-en", "MOSCOW, May 12, 2025. Russian and Azerbaijani deputy foreign ministers held consultations.\nThe two sides coordinated their approaches in the UN, the CIS and the Organisation of the Black Sea Economic Cooperation.", [4, 7], [5, 36]),
        ("candidacies-en", "BAKU, January 20, 2025. Azerbaijan and Russia will back each other's candidacies in United Nations bodies, the foreign ministers said.", [4], [7]),
        ("two-way-trade-en", "MOSCOW, February 9, 2025. Two-way trade between Russia and Azerbaijan reached a record $4.3 billion, and Russian companies invested further in Azerbaijan's economy.", [24], []),
        ("trade-between-en", "BAKU, February 9, 2025. Trade between the two countries rose by 15 percent last year, Russian and Azerbaijani officials said.", [24], []),
        ("border-queue-en", "MAKHACHKALA, August 22, 2025. Waiting times at the Yalama-Samur crossing fell after the customs services of Russia and Azerbaijan launched an electronic queue.", [30], [29]),
        ("smuggling-ru", "Баку, 14 марта 2025 года. Полиция Азербайджана и МВД России пресекли канал контрабанды героина из третьих стран.", [18], []),
        ("medicine-subject-en", "MOSCOW, September 1, 2025. Azerbaijani students at Russian universities most often choose medicine, engineering and international relations.", [41], []),
        // Every cue near another state while a Party is missing is that state's dealing; a cue of its own keeps the sentence.
        ("stake-in-field-en", "MOSCOW, February 23, 2025. Russia and Azerbaijan signed a declaration.\nLukoil, Russia's second-largest oil producer, holds a stake in Shah Deniz, the offshore field that feeds the pipeline system to Turkey, Greece and Italy.", [31], []),
        ("medical-school-en", "BAKU, October 2, 2025. The Baku branch of Sechenov University, the Moscow medical school, admitted its largest intake of Azerbaijani students.", [41], [42]),
        // The cities a flight serves are no cooperation of regions: places count as one cue, of one Party or both.
        ("flights-cities-en", "BAKU, March 3, 2025. Azerbaijan Airlines flies from Baku to Moscow, St. Petersburg, Kazan and Sochi, while Russian airlines fly to Gabala; Russian tourists to Azerbaijan grew by 20 percent.", [41], []),
        ("medical-university-en", "BAKU, September 2, 2025. The Baku branch of Sechenov First Moscow State Medical University welcomed its third intake of future doctors from Azerbaijan and Russia.", [41], [42]),
        ("telemedicine-en", "BAKU, June 2, 2025. The health ministers of Azerbaijan and Russia discussed telemedicine and the digitalization of healthcare.", [37], []),
        ("reforms-centre-en", "BAKU, March 12, 2025. According to Azerbaijan's Center for Analysis of Economic Reforms and Communication, non-oil exports to Russia reached $89.7 million.", [], [24, 35]),
        // A joint exercise or training is the armed forces' only with a word of them: not rescuers', athletes' or journalists'.
        ("rescue-exercise-ru", "Баку, 14 августа 2025 года. В акватории Каспийского моря завершились совместные учения спасательных служб России и Азербайджана.", [], [19, 20]),
        ("training-camp-az", "Bakı, 3 iyun 2025. Rusiya və Azərbaycan idman nazirlikləri arasında imzalanan sənəd idmançıların birgə təlim-məşq toplanışlarını nəzərdə tutur.", [41], []),
        ("naval-exercise-en", "BAKU, August 14, 2025. Ships of Russia's Caspian Flotilla and the Azerbaijani Navy held a joint exercise off the Absheron peninsula.", [13], [19, 20]),
        // The military-technical commission is not the economic one; a commission's co-chair may chair the parliaments'.
        ("military-commission-en", "BAKU, November 23, 2025. A session of the Russian-Azerbaijani Intergovernmental Commission on Military-Technical Cooperation was held in Baku.", [14], []),
        ("parliament-co-chair-ru", "Москва, 20 мая 2025 года. Межпарламентская комиссия Федерального Собрания России и Милли Меджлиса Азербайджана провела заседание. «Парламенты должны помогать общественным организациям», — заявил российский сопредседатель комиссии.", [38], [40]),
        // "konsultasiya" (consultations) is not "konsul" (consular).
        ("caspian-consultations-az", "Bakı, 5 may 2025. Bakıda Xəzər məsələləri üzrə Azərbaycan–Rusiya konsultasiyaları keçirilib, xarici işlər nazirliklərinin nümayəndələri Xəzər dənizinin hüquqi statusu haqqında Konvensiyanın icrasını müzakirə ediblər.", [19], [7, 20]),
        // The defence ministers' plan is their military-political cooperation; a helicopter overhaul centre is clause 15's.
        ("defence-plan-en", "MOSCOW, December 6, 2025. The defence ministers of Russia and Azerbaijan signed a bilateral military cooperation plan for next year.", [12], [13]),
        ("helicopter-centre-en", "BAKU, December 6, 2025. Rostec is discussing with Azerbaijan a centre for the overhaul and upgrade of Mi-17 helicopters.", [15], [14]),
        ("helicopter-centre-ru", "Баку, 6 декабря 2025 года. Россия и Азербайджан обсудили создание центра по ремонту и модернизации вертолетов Ми-17.", [15], [14]),
        ("ceasefire-en", "BAKU, June 29, 2025. An aide to the President of Azerbaijan said Baku valued the role Moscow had played in brokering the November 2020 ceasefire.", [8], [9, 10]),
        ("community-organisations-en", "MOSCOW, May 5, 2025. Azerbaijani community organisations in Russia opened legal aid desks in Moscow with support from Baku.", [40], [21]),
        // The parliaments' commission is co-chaired too; "посредничество" is also a bank's intermediation.
        ("parliament-session-en", "MOSCOW, October 8, 2025. The joint commission of the State Duma and the Milli Majlis held its session, co-chaired by the deputy speakers of the parliaments of Russia and Azerbaijan.", [38], []),
        ("bank-intermediation-ru", "Баку, 3 марта 2025 года. Азербайджанские банки открыли корреспондентские счета в российских кредитных организациях без посредничества банков третьих стран.", [28], [27]),
        // Migrants named in passing are no measure for citizens' rights; their permits and status are.
        ("cards-for-migrants-en", "BAKU, March 3, 2025. The central banks of Russia and Azerbaijan agreed to study how their payment cards could be serviced in each other's networks, a long-standing request from migrants.", [], [27, 28]),
        ("migrants-permits-ru", "Москва, 3 марта 2025 года. МВД России и Государственная миграционная служба Азербайджана обсудили упрощение выдачи разрешений на работу азербайджанским мигрантам.", [21], []),
        // "tibbi" (medical) alone is no healthcare; the Yalama crossing alone is no corridor. (Nuclear medicine itself is a
        // name of health care since session 37, so 37 is allowed beside the atomic energy it is an item of.)
        ("nuclear-medicine-az", "Bakı, 3 mart 2025. Azərbaycan və Rusiya atom enerjisindən dinc məqsədlərlə istifadə, o cümlədən nüvə tibbi üzrə birgə işçi qrup yaradıb.", [32], [37]),
        ("smuggling-crossing-az", "Bakı, 3 mart 2025. Azərbaycan və Rusiyanın xüsusi xidmət orqanları narkotikləri Samur–Yalama sərhəd-buraxılış məntəqəsi vasitəsilə daşıyan qrupu zərərsizləşdirib.", [18], [30]),
        // "Dağıstan Respublikası" is one place: its "Respublika" is no second word of the regions' sphere.
        ("republic-place-az", "Bakı, 3 mart 2025. Azərbaycan və Rusiya xüsusi xidmətlərinin birgə əməliyyatı zamanı Azərbaycan ərazisində 6, Dağıstan Respublikasında isə 4 nəfər saxlanılıb, 180 kiloqram narkotik götürülüb.", [18], []),
        // The Samur alone is a river on the border, not the crossing of clause 30.
        ("samur-drill-en", "BAKU, May 14, 2025. Border guards of Russia and Azerbaijan held a joint drill on the maritime border east of the Samur river mouth and seized a mock cargo of heroin.", [18], []),
        ("samur-smuggling-ru", "Баку, 14 мая 2025 года. Стороны обсудили меры по противодействию контрабанде наркотиков на участке российско-азербайджанской границы по реке Самур.", [18], []),
        // A trilateral agreement is clause 9's only with a second word of it; an unsigned logistics agreement is not.
        ("trilateral-logistics-ru", "Баку, 14 мая 2025 года. Россия и Азербайджан обсудили транспорт. Трёхстороннее соглашение о совместном логистическом операторе России, Ирана и Азербайджана так и не подписано.", [], [29]),
        ("trilateral-peacekeepers-en", "BAKU, May 14, 2025. Russia and Azerbaijan discussed the trilateral agreement of 10 November 2020 and the work of Russian peacekeepers.", [9], [10]),
        // Specialists trained at a sector's universities are that sector's; universities exchanging students are education.
        ("nuclear-universities-en", "MOSCOW, June 3, 2025. Rosatom and Azerbaijan discussed a nuclear medicine centre and the training of Azerbaijani specialists at Russian nuclear universities.", [32], [37]),
        ("universities-en", "BAKU, June 3, 2025. Universities of Russia and Azerbaijan will exchange students and teachers under a new programme.", [41], []),
        // Russia's role in the cessation of hostilities, in the clause's own words, is clause 8's without "mediation".
        ("hostilities-role-en", "BAKU, June 3, 2025. President of Azerbaijan Ilham Aliyev received Sergey Lavrov. The head of state recalled the role played by Russia in achieving the complete cessation of hostilities in November 2020.", [8], [9, 10]),
        ("hostilities-role-ru", "Москва, 3 июня 2025 года. Президент Азербайджана отметил роль России в прекращении боевых действий в ноябре 2020 года.", [8], [9, 10]),
        // Session 19. A border crossing is a transport corridor's only with a word of traffic: sanitary control there is health's.
        ("sanitary-crossing-en", "MOSCOW, April 14, 2025. Rospotrebnadzor and the Health Ministry of Azerbaijan agreed on sanitary and quarantine control at the border crossing points on the Russian-Azerbaijani border.", [37], []),
        ("sanitary-crossing-ru", "Москва, 14 апреля 2025 года. Роспотребнадзор и Минздрав Азербайджана согласовали санитарно-карантинный контроль в пунктах пропуска на российско-азербайджанской границе.", [37], []),
        ("trucks-crossing-az", "Bakı, 14 aprel 2025. Samur–Yalama sərhəd keçidində yük maşınlarının növbəsi azalıb, Azərbaycan və Rusiya gömrük xidmətləri bildirib.", [30], [29]),
        // One hyphenated word is one word: "экспортно-импортным" is not two words of trade.
        ("export-import-ru", "Москва, 5 марта 2025 года. Доля национальных валют в расчетах по экспортно-импортным операциям России и Азербайджана превысила половину.", [28], [27]),
        // A Party's places named together are one list, however one of them is named; "region" in a region's name is no second word.
        ("regions-list-en", "MOSCOW, February 20, 2025. Russia's FSB and Azerbaijan's State Security Service detained 14 members of a drug-smuggling group in simultaneous raids in Dagestan, the Astrakhan region, Moscow and Azerbaijan.", [18], []),
        ("regions-list-ru", "Москва, 20 февраля 2025 года. ФСБ России и СГБ Азербайджана задержали 14 участников канала контрабанды наркотиков в ходе одновременных мероприятий в Дагестане, Астраханской области, Москве и Азербайджане.", [18], []),
        // "regions" right after the places names them again.
        ("inspected-regions-en", "BAKU, February 3, 2025. Russian phytosanitary inspectors visited greenhouse complexes in the Absheron, Guba-Khachmaz and Lankaran regions of Azerbaijan.", [35], []),
        // A Party named only as one country of a list leaves the text to the other Party.
        ("one-of-many-en", "BAKU, January 20, 2025. Azerbaijan received 2.6 million foreign visitors last year. Citizens of Russia accounted for the largest share, followed by visitors from Türkiye, Iran and Georgia.\nThe State Tourism Agency plans a single electronic ticket for museums in Baku and Sheki.", [], []),
        // "elmi" (scientific) is no science of clause 41; a plan's title with capitals is still its words.
        ("science-centres-az", "Bakı, 12 aprel 2025. Azərbaycanın fitosanitar laboratoriyalarının mütəxəssisləri Rusiyanın elmi mərkəzlərində təcrübə keçəcək, tərəflər razılaşıb.", [35], []),
        ("action-plan-az", "Bakı, 17 noyabr 2025. Azərbaycan və Rusiya 2018-ci il sentyabrın 1-də imzalanmış Fəaliyyət Planının icrasını davam etdirmək barədə razılığa gəliblər.", [23], []),
        ("action-plan-ru", "Баку, 17 ноября 2025 года. Россия и Азербайджан продолжат реализацию Плана действий, подписанного 1 сентября 2018 года.", [23], []),
        // "правительства" (government's) is no "права" (rights); the seabed's delimitation is no peace treaty's.
        ("quota-citizens-ru", "Баку, 1 сентября 2025 года. Русский дом в Баку начал прием заявок на обучение в российских вузах по квоте правительства России для иностранных граждан из Азербайджана.", [41], [42]),
        // A report of smuggling is clause 18's alone: the trucks, the crossing, the farm produce and the crimes' means are its circumstances.
        ("smuggling-circumstances-az", "Bakı, 3 mart 2025. Azərbaycan və Rusiya polisi narkotikləri yük avtomobillərində, kənd təsərrüfatı məhsulları ilə birlikdə Samur sərhəd keçidindən daşıyan qrupu saxlayıb.", [18], []),
        ("smuggling-circumstances-en", "MOSCOW, March 3, 2025. The programme of the interior ministries of Russia and Azerbaijan covers terrorism, drug trafficking and crimes committed using information and communication technologies.", [18], []),
        ("seabed-delimitation-az", "Bakı, 5 may 2025. Azərbaycan və Rusiya Xəzər dənizinin dibinin qonşu sahələrinin delimitasiyası haqqında 2002-ci il sazişini xatırladıblar.", [], [19, 20]),
        // Trade "between" the Parties named in between; the situation in a region; the seabed in its cases; an energy bridge is no
        // bridge of a corridor; digitalisation alone is no joint ICT project; uninterrupted carriage is clause 30's.
        ("trade-between-parties-en", "MOSCOW, January 20, 2025. Trade between Azerbaijan and Russia closed 2024 at 4.8 billion dollars, customs data show.", [24], []),
        ("south-caucasus-situation-en", "MOSCOW, May 12, 2025. The deputy foreign ministers of Russia and Azerbaijan discussed the situation in the South Caucasus.", [5, 7], []),
        ("seabed-ru", "Баку, 22 августа 2025 года. Россия и Азербайджан отметили, что соглашение о разграничении дна Каспия создает основу для деятельности прибрежных государств.", [20], [19]),
        ("energy-bridge-az", "Bakı, 4 iyun 2025. Azərbaycan və Rusiya sərhəddə enerji körpüsünün gücünü artırmağı razılaşdırıb.", [31], []),
        ("customs-digitalization-ru", "Москва, 12 ноября 2025 года. Межправительственная комиссия России и Азербайджана займется цифровизацией таможенных процедур.", [22], [23, 30]),
        ("uninterrupted-freight-ru", "Баку, 3 марта 2025 года. Российские и азербайджанские железные дороги создали рабочую группу по бесперебойности перевозок на границе.", [30], [29]),
        // Goods named in a sentence on trade are trade's: a fruit or a grain is clause 35's only with a word of the sphere.
        // A headline on terrorism makes the text clause 18's story: the bank cards the money went through are its circumstances.
        ("goods-list-en", "BAKU, February 2, 2025. Russia remains the main supplier of grain, timber and metal products to Azerbaijan, while Azerbaijan supplies fruit, vegetables and processed food to the Russian market.", [], [24]),
        ("goods-list-ru", "Баку, 2 февраля 2025 года. Россия поставляет в Азербайджан зерно, лесоматериалы и металлопродукцию, в обратном направлении идут фрукты и овощи.", [], [24]),
        ("terror-financing-az", "DTX və Rusiya FTX-nin birgə əməliyyatı: terror təşkilatına pul toplayan şəbəkə ifşa olunub\nBakı, 14 aprel 2025. Bakıda saxlanılan şəxslər bank kartları vasitəsilə silahlı qruplara pul köçürürdü.", [18], []),
        // Tuition paid in manats is no settlement in national currencies; the parliaments' road map, named again, stays theirs.
        ("tuition-fees-az", "Bakı, 2 sentyabr 2025. Rusiya universitetlərinin Bakı filiallarında ödənişli təhsilin illik haqqı 5 min manatdan başlayır, tələbələrin sayı artır.", [41], []),
        ("parliaments-roadmap-again-az", "Azərbaycan və Rusiya parlamentləri arasında əməkdaşlıq üzrə Yol Xəritəsi imzalanıb\nBakı, 3 oktyabr 2025. Milli Məclis ilə Dövlət Duması arasında 2025–2027-ci illər üçün parlamentlərarası əməkdaşlığın inkişafı üzrə Yol Xəritəsi imzalanıb. Yol Xəritəsi qanunvericilik təcrübəsinin mübadiləsini nəzərdə tutur.", [38], []),
        ("parliaments-roadmap-again-en", "MOSCOW, May 14, 2025. The co-chairs of the commission on cooperation between the Milli Majlis and the Federation Council signed a roadmap for the development of inter-parliamentary cooperation. The previous roadmap, adopted in Baku in 2021, had been fully implemented.", [38], []),
        // The ombudsmen and labour patents are citizens' rights; transit trains and cargo are transit; culture ministers are the
        // humanitarian clause; stability in the region is the region's; "Газпромбанк" is a bank, not the gas company.
        ("ombudsmen-az", "Bakı, 20 may 2025. Azərbaycanın və Rusiyanın ombudsmanları videokonfrans keçirib, Rusiyada yaşayan azərbaycanlıların vəziyyətini müzakirə ediblər.", [21], []),
        ("labour-patents-ru", "Москва, 15 мая 2025 года. Граждане Азербайджана, ведущие трудовую деятельность в России, смогут продлевать патенты онлайн.", [21], []),
        ("transit-cargo-en", "BAKU, March 3, 2025. Transit cargo from Russia to Iran crossed the Azerbaijani border at Samur-Yalama faster after new scanners were installed.", [30], [29]),
        ("uninterrupted-passage-en", "MOSCOW, March 3, 2025. Russian and Azerbaijani railways agreed on measures for the uninterrupted passage of transit trains.", [30], [29]),
        ("culture-ministers-az", "Moskva, 10 oktyabr 2025. Azərbaycanın mədəniyyət naziri Rusiyanın mədəniyyət naziri ilə görüşüb, teatrların qastrol mübadiləsini müzakirə edib.", [41, 43], []),
        ("caspian-stability-ru", "Баку, 4 апреля 2025 года. Замминистры иностранных дел России и Азербайджана обсудили поддержание безопасности и стабильности в регионе Каспийского моря.", [5], [7, 19, 20]),
        ("bank-credit-line-en", "BAKU, June 2, 2025. Bank Respublika of Azerbaijan opened a credit line with a Russian lender to finance imports of Russian machinery.", [27], [24, 26]),
        ("gazprombank-ru", "Москва, 2 июня 2025 года. Газпромбанк открыл азербайджанскому банку кредитную линию для импорта российской техники.", [27], [24, 26]),
        // Session 23. A road map whose subject is freight is the corridor's, not the action plan's; the Caspian states' summit
        // is the Caspian Convention's clause.
        ("port-roadmap-ru", "Астрахань, 10 сентября 2025 года. Администрации портов Астрахани и Баку подписали дорожную карту по увеличению грузопотока и контейнерных перевозок.", [29], [30, 39]),
        // Restrictions the plant-health service sets or lifts are its sphere's, not an economic measure against the other Party.
        ("plant-health-restrictions-ru", "Москва, 3 марта 2025 года. Россельхознадзор снял ограничения на ввоз томатов и перца с пяти азербайджанских предприятий.", [35], []),
        // Customs clearance made simpler is the free movement of goods of the action plan's clause.
        ("customs-green-corridor-az", "Bakı, 12 fevral 2025. Azərbaycan və Rusiya gömrük orqanları \"Yaşıl dəhliz\" layihəsini tranzit yüklərə də şamil ediblər.", [23], [29, 30]),
        ("customs-clearance-en", "BAKU, February 12, 2025. The customs services of Azerbaijan and Russia agreed to speed up customs clearance of goods.", [23], [30]),
        ("caspian-summit-en", "BAKU, March 4, 2025. The deputy foreign ministers of Azerbaijan and Russia discussed cooperation on the Caspian Sea and preparations for the next summit of the Caspian littoral states.", [7, 19], [5]),
        // Session 26. A road map is the action plan's in a text led by the commission or the plan; a road map in a text led by
        // something else (a region's culture days, a company) is not.
        ("commission-roadmaps-en", "BAKU, October 3, 2025. The Russian-Azerbaijani Intergovernmental Commission on Economic Cooperation held its session in Baku.\nThe co-chairs reviewed the work within six roadmaps in the field of trade and investment, transport and digitalization.", [22, 23], [24, 29]),
        // (After the lead: a cue in the lead's sentences makes its own story.)
        ("culture-days-roadmap-ru", "Баку, 3 октября 2025 года. В Баку открылись Дни культуры Татарстана.\nВ программе концерты татарских исполнителей и выставки художников.\nЗрители увидят спектакли казанских театров.\nКроме того, стороны подписали дорожную карту на 2025–2027 годы.", [43], [39, 41]),
        // Session 27. A plan of "bilateral military" cooperation is the military-political clause's, as a plan of military cooperation is.
        ("bilateral-military-plan-ru", "Астрахань, 12 сентября 2024 года. Корабли России и Азербайджана провели учение в соответствии с планом двустороннего военного сотрудничества министерств обороны на 2024 год.", [12], [13, 19]),
        // A minority's native language is the linguistic identity of national minorities; teachers among a vaccine's first
        // groups are no education news.
        ("native-language-en", "BAKU, April 9, 2025. A delegation from Russia's Dagestan handed over Lezgin-language textbooks to schools in Azerbaijan's Gusar district, where Lezgin is taught as a native language.", [40], [39, 41]),
        ("vaccine-teachers-en", "BAKU, February 2, 2021. Azerbaijan began vaccinating with Russia's Sputnik V. Doctors, teachers and people over 65 are among the first groups.", [37], []),
        // Session 28. A migrant's language exam is the migrants' matter, not education; the clause's own words "not directed
        // against third countries" are military-political cooperation; using communication technologies for criminal
        // purposes is a security threat.
        ("migrant-exam-ru", "Москва, 14 мая 2025 года. Депутаты России и Азербайджана предложили упростить для мигрантов экзамен по русскому языку, истории и основам законодательства.", [21], [40]),
        ("third-countries-ru", "Баку, 8 февраля 2023 года. Начальники генштабов России и Азербайджана отметили, что военное сотрудничество двух стран не направлено против третьих стран.", [12, 13], []),
        ("ict-crime-az", "Bakı, 5 mart 2025. Azərbaycan və Rusiya XİN-ləri informasiya-kommunikasiya texnologiyalarından cinayət məqsədləri ilə istifadəyə qarşı mübarizəni müzakirə ediblər.", [18], [4, 7, 33, 34]),
        // Session 29. Crimes in the field of communication technologies are a security threat, not a joint ICT project;
        // municipal vehicles and a republic's national centre are no regions' ties; consultations on information security
        // are that sphere's, not the foreign ministries' mechanism.
        ("ict-crime-en", "BAKU, March 11, 2025. The interior ministries of Azerbaijan and Russia signed a protocol on combating crimes in the field of information and communication technologies.", [18], []),
        ("ict-crime-ru", "Москва, 11 марта 2025 года. МВД России и Азербайджана подписали протокол о сотрудничестве в борьбе с преступлениями в сфере информационно-коммуникационных технологий.", [18], []),
        ("ict-crime-protocol-az", "Bakı, 11 mart 2025. Azərbaycan və Rusiya DİN-ləri informasiya-kommunikasiya texnologiyaları sahəsində cinayətlərə qarşı mübarizə haqqında protokol imzalayıb.", [18], []),
        ("municipal-vehicles-en", "BAKU, June 2, 2025. The KAMAZ assembly line in Ganja turned out 1,150 Russian trucks last year, and a line for municipal vehicles is being prepared.", [26], []),
        ("republican-centre-ru", "Баку, 5 мая 2025 года. Институт физики Земли РАН и Республиканский центр сейсмологической службы Азербайджана объединят данные станций в Шемахе и Сумгайыте.", [], [41]),
        ("infosec-consultations-en", "BAKU, March 12, 2025. Azerbaijani and Russian officials held consultations on international information security in Baku, the Azerbaijani Foreign Ministry said.", [34], []),
        // A joint venture of the Parties' companies is the joint ventures of clause 27 on its own.
        ("joint-venture-en", "BAKU, May 27, 2025. Azerbaijan and Russia opened a joint venture in Sumgait to make buses.", [27], [26]),
        ("joint-venture-ru", "Москва, 27 мая 2025 года. Российские и азербайджанские компании создали совместное предприятие по выпуску автобусов в Сумгайыте.", [27], [26]),
        ("joint-venture-az", "Sumqayıt, 27 may 2025. Azərbaycan və Rusiya şirkətləri avtobus istehsalı üzrə birgə müəssisə yaradıb.", [27], [26]),
        // Session 30: the corridor named with its word is the corridor, with nothing else said of it.
        ("north-south-corridor-en", "MAKHACHKALA, April 9, 2024. Lorries carry fruit from Azerbaijan to Russia along the North-South corridor.", [29], [24]),
        ("north-south-corridor-ru", "Махачкала, 9 апреля 2024 года. Фуры везут фрукты из Азербайджана в Россию по коридору «Север — Юг».", [29], [24]),
        ("north-south-corridor-az", "Bakı, 9 aprel 2024. Yük maşınları Azərbaycandan Rusiyaya meyvəni Şimal-Cənub dəhlizi ilə daşıyır.", [29], [24]),
        // Session 31: a figure "in national currency" is a statistic's unit, not settling in the Parties' currencies.
        ("turnover-in-national-currency-ru", "Баку, 21 апреля 2025 года. Товарооборот Азербайджана с Россией в первом квартале составил 1 182 млн долларов. В национальной валюте оборот квартала составил 2 010,1 млн манатов.", [24], []),
        ("settlements-in-national-currencies-ru", "Баку, 21 апреля 2025 года. Россия и Азербайджан увеличили долю расчетов в национальных валютах до 60 процентов.", [28], [24]),
        ("turnover-in-national-currency-en", "BAKU, April 21, 2025. Azerbaijan's trade turnover with Russia reached $1,182 million in the first quarter. In national currency, the quarter's turnover was 2,010.1 million manats.", [24], []),
        // Session 32: crimes "in the field of information technologies" are clause 18's; security in the use of ICT is clause 34's
        // (not the telecommunications of 33); a direct channel between consular services is no operators' channel.
        ("it-crimes-ru", "Москва, 14 марта 2025 года. Полиция России и Азербайджана обменялась данными в рамках соглашения о сотрудничестве в борьбе с преступлениями в сфере информационных технологий.", [18], []),
        ("ict-security-en", "BAKU, March 12, 2025. Russian and Azerbaijani diplomats discussed a future UN mechanism on ICT security.", [34], [7]),
        ("consular-channel-ru", "Москва, 14 марта 2025 года. Посол Азербайджана в России сообщил, что две страны договорились о прямом канале связи между консульскими службами.", [], [21]),
        ("operators-channel-ru", "Москва, 14 марта 2025 года. Россия и Азербайджан договорились о прямом канале связи между операторами связи двух стран.", [33], []),
        // Session 33: the Parties' archival services at work are clause 40's historical heritage; a drug names the crime, and
        // the bank cards the money went through are its circumstance, not clause 28's payments; a phone fraud is a crime too;
        // the parallel operation of power systems is energy cooperation.
        ("archives-ru", "Москва, 14 октября 2025 года. Федеральное архивное агентство России и Национальное архивное управление Азербайджана подписали программу архивного сотрудничества и обменялись копиями архивных документов.", [40], [41, 43]),
        ("archives-en", "BAKU, October 14, 2025. The archival services of Russia and Azerbaijan agreed to digitise archival documents on the two peoples' shared history.", [40], [41, 43]),
        ("mephedrone-en", "Baku court jails five over mephedrone channel traced with Russian police\n\nBAKU, June 3, 2025. The Baku court sentenced five members of a group. Azerbaijan's Financial Monitoring Service, working with Rosfinmonitoring, traced the proceeds to bank cards registered to front persons.", [18], []),
        ("phone-fraud-ru", "Москва, 14 марта 2025 года. Эксперты МВД России и Азербайджана обсудили телефонное мошенничество.", [18], []),
        ("power-systems-az", "Bakı, 10 iyun 2025. Azərbaycan və Rusiya hökumətləri elektrik energetika sistemlərinin paralel işi haqqında saziş imzalayıb.", [31], []),
        ("power-systems-en", "MOSCOW, June 10, 2025. Russia and Azerbaijan agreed on the parallel operation of their power systems.", [31], []),
        // Session 34: the military-technical commission is not the economic one (22), "birgə" (joint) or not.
        // Session 34: the diplomats' phrase for cybercrime is the crimes clause's, not the ICT projects' (33).
        ("ict-criminal-purposes-ru", "Москва, 5 марта 2025 года. МИД России и Азербайджана провели консультации. Обсудили противодействие использованию информационно-коммуникационных технологий в преступных целях.", [18], [7, 34]),
        ("ict-criminal-purposes-en", "MOSCOW, March 5, 2025. The foreign ministries of Russia and Azerbaijan held consultations. They discussed countering the use of information and communication technologies for criminal purposes.", [18], [7, 34]),
        ("military-commission-az", "Bakı, 19 noyabr 2019. Noyabrın 18-də Bakıda Azərbaycan və Rusiya arasında hərbi-texniki əməkdaşlıq üzrə birgə hökumətlərarası komissiyanın növbəti iclası keçirilib.", [14], [15]),
        // Session 35: infectious diseases claim their sentence (the border crossing and the train are the health measure's
        // places, not the corridor's); "konsultasiya" is the foreign ministries' consultations as "məsləhətləşmə" is.
        ("infectious-diseases-en", "MOSCOW, April 17, 2025. Rospotrebnadzor and the Azerbaijani health ministry will deploy a joint mobile laboratory for the rapid diagnosis of infectious diseases at the Yalama-Samur border crossing and hold an exercise on a passenger train.", [37], []),
        ("mfa-konsultasiya-az", "Bakı, 27 yanvar 2023. Sözçü bildirib ki, yük maşınlarının növbəsi Azərbaycan və Rusiyanın iki xarici işlər nazirliyi arasında növbəti konsultasiyaların gündəliyinə daxil edilib.", [7], [29, 30]),
        // Session 35: a twinning of two towns is their regions' tie.
        ("twinning-az", "Bakı, 12 may 2023. Şəki və Dərbənd şəhərləri arasında qardaşlaşma sazişi çərçivəsində məktəblilər mübadiləsi keçirilib.", [39], [41]),
        ("twinning-en", "BAKU, May 12, 2023. The pupils' visit took place under the twinning agreement between Sheki and Derbent.", [39], [41]),
        // Session 35: the migrants' language and history test is the citizens' rights clause's, not the education clause's.
        ("language-history-test-en", "MOSCOW, May 12, 2024. Citizens of Azerbaijan may enter Russia without a visa, but they need a patent to work, and foreign workers will have to pass a new Russian language and history test.", [21], []),
        // Session 35: the diaspora's congress is the national minorities' clause's.
        ("diaspora-congress-ru", "Москва, 22 марта 2023 года. Всероссийский азербайджанский конгресс при поддержке правительства Москвы провел праздник Новруз в парке «Сокольники».", [40], [39, 41, 43]),
        // Session 36: state-funded places for a Party's citizens in the other's universities are the education clause's.
        ("residency-places-ru", "Москва, 15 апреля 2025 года. Минздрав России выделил гражданам Азербайджана 60 бюджетных мест в ординатуре.", [41], [37]),
        ("residency-places-az", "Bakı, 15 aprel 2025. Rusiya Azərbaycan vətəndaşları üçün rezidenturada 60 büdcə yeri ayırıb.", [41], [37]),
        ("state-funded-places-en", "BAKU, April 15, 2025. Russia has allotted 60 state-funded places at its universities to citizens of Azerbaijan.", [41], []),
        // Session 36: a language centre set up with the other Party's foundation is its cultural presence; delimiting a border is the peace clause's.
        ("language-centre-en", "BAKU, March 3, 2025. The Russian ambassador opened a new Russian language resource centre at a Baku university with the support of the Russkiy Mir Foundation.", [42], [40, 41]),
        ("language-centre-ru", "Баку, 3 марта 2025 года. В Азербайджане при поддержке российского фонда «Русский мир» открылся ресурсный центр русского языка.", [42], [40, 41]),
        ("delimiting-en", "MOSCOW, December 14, 2021. Russia, Azerbaijan and Armenia agreed to start delimiting the Armenian-Azerbaijani border with Russia's advisory assistance.", [10], [9]),
        // Session 36: security in the use of ICT, its words written out, is information security (34), not joint ICT projects (33).
        ("ict-security-ru", "Москва, 3 марта 2025 года. Россия и Азербайджан координируют позиции в рабочей группе открытого состава ООН по безопасности в сфере использования информационно-коммуникационных технологий.", [34], [4]),
        // Session 36: culture days with the state's adjective between the words, and a capital's adjective placing its state.
        ("culture-days-adjective-ru", "Москва, 3 марта 2025 года. В московских школах прошли Дни азербайджанской культуры.", [43], [41]),
        ("language-centre-baku-ru", "Баку, 3 марта 2025 года. В бакинском вузе при поддержке российского фонда «Русский мир» открылся ресурсный центр русского языка.", [42], [40, 41]),
        // Session 36: consular issues on the agenda of the foreign ministries' consultations are the consultations' (7); a
        // consul's work for detained citizens is the citizens' rights clause's (21).
        ("consular-agenda-en", "MOSCOW, March 6, 2024. The foreign ministers of Russia and Azerbaijan signed a plan of consultations for 2025-2026 covering regional security and consular issues.", [7], [5]),
        ("consular-agenda-az", "Bakı, 6 mart 2024. Azərbaycan və Rusiyanın xarici işlər nazirləri regional təhlükəsizlik və konsulluq məsələlərini əhatə edən məsləhətləşmələr planı imzalayıblar.", [7], [5]),
        ("consul-detained-az", "Bakı, 6 mart 2024. Azərbaycanın Yekaterinburqdakı konsulu Rusiyada saxlanılan vətəndaşlarla görüşüb.", [21], [7]),
        // Session 36: "Republic" in a national body's name is no region's word, nor is a central bank's governor a region's.
        ("central-bank-governor-en", "BAKU, May 23, 2024. The share of the Russian ruble and the Azerbaijani manat in settlements between Russia and Azerbaijan rose to 82% in 2023, the Central Bank of the Republic of Azerbaijan (CBA) said after talks between Governor Taleh Kazimov and a Bank of Russia delegation in Baku.", [28], [27]),
        ("ruble-and-manat-ru", "Баку, 23 мая 2024 года. Доля российского рубля и азербайджанского маната во взаиморасчетах России и Азербайджана выросла до 82%.", [28], [27]),
        // Session 37: support for each other's candidacies (36); a separatist handed over (11); a Party's community and its
        // monuments, a minority's language (40).
        ("candidacy-en", "BAKU, March 3, 2025. Azerbaijan's foreign minister thanked Russia for supporting Azerbaijan's candidacy for a seat on the UNESCO Executive Board, the ministry said on Monday.", [36], [4]),
        ("candidacy-ru", "Москва, 3 марта 2025 года. Россия поддержит кандидатуру Азербайджана на пост члена Исполнительного совета ЮНЕСКО, заявили в МИД России.", [36], [4]),
        ("candidacy-az", "Bakı, 3 mart 2025. Rusiya Azərbaycanın YUNESKO-nun İcraiyyə Şurasına üzvlüyə namizədliyini dəstəkləyəcək, XİN bildirib.", [36], [4]),
        // Another state's support is that pair's dealing: clause 36 is between the Parties only.
        ("candidacy-third-state-en", "BAKU, December 9, 2023. Russia backed Baku's bid to host the climate conference, the ministry said. Azerbaijan's candidacy was also supported by Armenia after the two neighbours issued a joint statement.", [], [4]),
        ("separatist-extradited-en", "MOSCOW, April 2, 2025. Russia extradited to Azerbaijan a man wanted in Baku for separatist calls against the country, the Prosecutor General's Office said.", [11], [18]),
        ("separatist-extradited-az", "Bakı, 2 aprel 2025. Rusiya Azərbaycanın ərazi bütövlüyünə qarşı separatçı çağırışlara görə axtarışda olan şəxsi Azərbaycana ekstradisiya edib.", [11], [18]),
        ("community-monuments-ru", "Дербент, 5 мая 2025 года. Азербайджанская община Дербента и посольство Азербайджана договорились о реставрации исторических памятников города.", [40], [39, 43]),
        ("minority-textbooks-az", "Qusar, 5 may 2025. Dağıstandan gələn müəllimlər Qusardakı ləzgi icmasının məktəblərinə ləzgi dilində dərsliklər hədiyyə edib.", [40, 41], [39]),
        // The road map of an agreement on another sphere is that agreement's (32, not the action plan's 23); a Russian-speaking
        // population is a community (40), not education (41); the Convention as the region's legal basis (19); "region" in
        // the Caspian region's name is no region's word (39).
        ("nuclear-roadmap-ru", "Баку, 4 июня 2025 года. Россия и Азербайджан рассмотрели дорожную карту реализации межправительственного соглашения о сотрудничестве в области мирного использования атомной энергии.", [32], []),
        ("russian-speaking-rights-az", "Bakı, 9 dekabr 2025. Deputatlar Rusiyada yaşayan azərbaycanlıların və Azərbaycanda yaşayan rusdilli əhalinin hüquqlarının qorunmasını müzakirə ediblər.", [40], [21, 38]),
        ("convention-legal-basis-ru", "Москва, 18 мая 2025 года. Россия и Азербайджан подтвердили, что Конвенция 2018 года служит надежной правовой основой для поддержания безопасности и стабильности в Каспийском регионе.", [19], [5]),
        ("caspian-region-dagestan-ru", "Москва, 18 мая 2025 года. Делегации России и Азербайджана договорились о совместном мониторинге уровня моря в Каспийском регионе у побережья Дагестана.", [], [5, 19, 20]),
        // The seabed's delimitation (20); a nuclear medicine centre is health care (37), and its road map no action plan's (23).
        ("seabed-delimitation-en", "MOSCOW, May 5, 2025. Russia and Azerbaijan agreed to hold expert consultations on the delimitation of adjacent sections of the Caspian seabed, the ministry said.", [20], [7, 19]),
        ("nuclear-medicine-centre-az", "Bakı, 5 may 2025. Azərbaycan və Rusiya Bakıda nüvə tibbi mərkəzinin tikintisinə dair yol xəritəsi imzalayıb.", [37], [32]),
        // Cadets at the other Party's military schools are military cooperation (13), not education (41).
        ("military-education-az", "Bakı, 5 may 2025. Azərbaycan və Rusiya müdafiə nazirləri hərbi təhsil sahəsində əməkdaşlığı, azərbaycanlı kursantların Rusiyanın hərbi məktəblərində təhsil almasını və müəllim heyətinin mübadiləsini müzakirə ediblər.", [13], [12]),
        // Session 38: navies and their drills (13); acts against a Party's sovereignty (11); a region's trade house (39); ferries
        // (29); "energetika" beside "enerji" (31); "Astraxan" beside "Həştərxan" (a Russian region in Azerbaijani).
        ("navies-drill-en", "BAKU, October 12, 2025. The navies of Russia and Azerbaijan held a joint search-and-rescue drill in the Caspian Sea, the defence ministry said.", [13], [19, 20]),
        ("against-sovereignty-en", "MOSCOW, October 12, 2025. Russia will not allow groups on its territory to act against the sovereignty of Azerbaijan, the Security Council's deputy secretary told his Azerbaijani counterpart.", [11], [18]),
        ("against-sovereignty-ru", "Москва, 12 октября 2025 года. Россия не допустит на своей территории деятельности групп против суверенитета Азербайджана, заявил замсекретаря Совбеза азербайджанскому коллеге.", [11], [18]),
        ("trade-house-ru", "Махачкала, 14 июля 2025 года. Правительство Дагестана и Министерство экономики Азербайджана договорились открыть торговый дом Дагестана в Баку.", [39], [24]),
        ("ferry-line-en", "MAKHACHKALA, April 14, 2025. An Azerbaijani shipping company will put a second ro-ro ferry on its line between Baku and Makhachkala, with room for 56 trucks per voyage.", [29], [30, 39]),
        ("ferry-line-az", "Bakı, 17 aprel 2025. Astraxan vilayətinin qubernatoru ilə Bakı limanı arasında Xəzər dənizi ilə müntəzəm bərə və ro-ro daşımalarının təşkilinə dair saziş imzalanıb.", [29, 39], [30]),
        ("energy-gas-az", "Bakı, 22 fevral 2025. Energetikada tərəflər Rusiya qazının Azərbaycana tədarükünü davam etdirir.", [31], []),
        // The media: news agencies, journalists and a media forum are ties of the media (41).
        ("media-forum-en", "BAKU, November 9, 2023. Russian and Azerbaijani news agencies signed an agreement on content exchange and internships for young journalists at a media forum in Baku.", [41], [34]),
        ("media-forum-ru", "Баку, 9 ноября 2023 года. На российско-азербайджанском медиафоруме информагентства двух стран договорились об обмене контентом и стажировках журналистов.", [41], [34]),
        // Positions coordinated ahead of a forum (4); stability in the Caspian region in the Azerbaijani nominative (5); a
        // hospital alone is no health cooperation (37).
        ("coordinate-positions-en", "MINSK, October 23, 2023. The foreign ministers of Russia and Azerbaijan agreed to coordinate their positions ahead of the meeting of the CIS Council of Foreign Ministers.", [4], [7]),
        ("caspian-stability-az", "Bakı, 17 mart 2021. Azərbaycan və Rusiya diplomatları Xəzər regionunda sabitlik və təhlükəsizliyin təmin olunması məsələsində mövqelərin üst-üstə düşdüyünü vurğulayıblar.", [5], [7, 19]),
        ("detainee-hospital-en", "MOSCOW, March 18, 2025. Russian police detained 27 Azerbaijani citizens in a market raid in Saratov; one of them was taken to hospital, the Azerbaijani embassy said.", [21], [7]),
        // Information cooperation (34); migrants' registration (21); the other Party's language taught to a community (40);
        // transit permits and fees (30).
        ("information-cooperation-en", "MOSCOW, November 12, 2025. Russia and Azerbaijan will hold the next round of consultations on media and information cooperation in Baku in December.", [34], [7, 41]),
        ("migrants-registration-en", "MOSCOW, June 17, 2021. Russian and Azerbaijani deputies asked the two governments to extend simplified registration for Azerbaijani migrants whose documents expired.", [21], [38]),
        ("language-teaching-ru", "Дербент, 17 июня 2021 года. Россия и Азербайджан договорились о преподавании азербайджанского языка в школах Дербента.", [40], [39, 41]),
        ("transit-permits-az", "Bakı, 14 iyun 2023. Azərbaycan ilə Rusiya arasında protokola əsasən tranzit yük daşıyan avtomobillər üçün icazə blanklarının sayı artırılır, yol rüsumları isə 15 faiz azaldılır.", [30], [29]),
        // The commitments told plainly: the Caspian's sturgeon (20), start-ups (41), cyber security (34), arms and air defence
        // (14), coming to each other's aid (16); a school museum is no cultural event (43).
        ("sturgeon-survey-ru", "Астрахань, 9 сентября 2019 года. Ученые России и Азербайджана провели совместную оценку запасов осетровых в Каспийском море.", [20], [5, 19, 41]),
        ("skolkovo-startups-en", "BAKU, October 12, 2023. Azerbaijan's innovation agency and Russia's Skolkovo signed a memorandum on exchanges of start-ups.", [41], [24]),
        ("cyber-consultations-az", "Bakı, 22 aprel 2025. Azərbaycan və Rusiya kibertəhlükəsizlik sahəsində məsləhətləşmələr keçirib.", [34], [7]),
        ("air-defence-en", "BAKU, September 25, 2024. Russia offered Azerbaijan new deliveries of air-defence systems, the ministry said.", [14], [12, 15]),
        ("mutual-aid-ru", "Москва и Баку начнут готовить соглашение\n\nМосква, 14 ноября 2023 года. Министерства обороны России и Азербайджана подготовят соглашение о том, как стороны смогут прийти друг другу на помощь при угрозе нападения.", [16], [12, 13]),
        ("school-museum-en", "BAKU, May 8, 2024. Pupils of a Baku school visited the school museum after a lesson in the Russian language given by a teacher from Russia.", [41], [40]),
        ("ict-threats-en", "BAKU, April 22, 2025. Russian and Azerbaijani diplomats held consultations on threats in the use of information and communication technologies.", [34], [7]),
        // Russian companies by their Azerbaijani names place the report in Russia ("Qazprom").
        ("qazprom-contract-az", "Bakı, 18 noyabr 2022. SOCAR ilə “Qazprom Eksport” arasında təbii qazın tədarükü üzrə müqavilə imzalanıb.", [31], [24, 26]),
        // Session 39: "avtomobil" and "автомобильный" before a crossing are the road's, not the car industry's (26); the
        // Parties' own assembly plant still is.
        ("road-crossing-trucks-az", "Bakı, 8 aprel 2025. Azərbaycan ilə Rusiya arasında sərhədin avtomobil hissəsində də vəziyyət dəyişib: yük maşınlarının gözləmə müddəti 40 faiz azalıb.", [30], [29]),
        ("road-crossing-trucks-ru", "Махачкала, 8 апреля 2025 года. На российско-азербайджанской границе на автомобильном участке время ожидания грузовиков сократилось на 40%.", [30], [29]),
        ("car-assembly-az", "Gəncə, 8 aprel 2025. Rusiyanın QAZ şirkəti Gəncə Avtomobil Zavodunda yük avtomobillərinin istehsalını genişləndirəcək.", [26], [24]),
        // Farmers and the produce they supply: rice, melons, potatoes (35).
        ("farmers-rice-ru", "Москва, 15 октября 2024 года. Российские аграрии договорились о поставках в Азербайджан риса и бахчевых культур.", [35], [24]),
        ("farmers-rice-az", "Bakı, 15 oktyabr 2024. Azərbaycan fermerləri Rusiyaya düyü və bostan məhsullarının tədarükü barədə razılığa gəliblər.", [35], [24]),
        // Payments for trade report the payments: the trade is their circumstance (28, not 24).
        ("payments-for-trade-az", "Bakı, 20 avqust 2024. Azərbaycan ilə Rusiya arasında ticarət əməliyyatları üzrə ödənişlərin 72,5 faizi Rusiya rublu, 6,3 faizi isə Azərbaycan manatı ilə həyata keçirilib.", [28], [27]),
        // A minority's language taught across the border, and a community of Molokans (40).
        ("lezgin-textbooks-az", "Qusar, 12 sentyabr 2019. Dağıstan tərəfi Qusar rayonunun ləzgi dilində tədris aparılan sinifləri üçün dərslik hədiyyə edib.", [40], [39, 41]),
        // The South Caucasus's security in the words of a consultations' release (5).
        ("south-caucasus-security-az", "Bakı, 4 iyul 2024. Azərbaycan və Rusiya xarici işlər nazirlərinin müavinləri Cənubi Qafqazda təhlükəsizlik vəziyyətini müzakirə ediblər.", [5], [4, 7]),
        // Transit container trains and a discount on transit tariffs (30); the foreign ministries as "внешнеполитические
        // ведомства" holding consultations (7).
        ("transit-container-trains-az", "Bakı, 24 yanvar 2024. Azərbaycan Dəmir Yolları və Rusiya Dəmir Yolları tranzit konteyner qatarları üçün güzəştli vahid tarif barədə razılığa gəliblər.", [30], [29]),
        ("transit-discount-en", "BAKU, April 16, 2024. Azerbaijan Railways and Russian Railways agreed a 25% discount on tariffs for Russian freight crossing Azerbaijan in transit to Georgia.", [30], [29]),
        ("foreign-policy-agencies-ru", "Баку, 30 декабря 2024 года. Внешнеполитические ведомства России и Азербайджана провели в 2024 году три раунда консультаций.", [7], [4]),
        ("molokans-en", "ISMAYILLI, September 17, 2024. The Russian ambassador visited the village of Ivanovka, home of Azerbaijan's Molokan community, and handed over Russian-language textbooks to its school.", [40], [41, 42]),
        // Power grids named alone are infrastructure a text may protect or repair; linked to each other, they are energy (31).
        ("grids-cyber-en", "BAKU, April 22, 2025. Russian and Azerbaijani diplomats discussed protecting power grids and banks from cyber attacks.", [], [7, 33, 34]),
        ("grids-linked-en", "BAKU, April 22, 2025. Russia and Azerbaijan agreed to link their power grids to exchange electricity in winter.", [31], []),
        // Session 40: a theatre's tour is culture-and-art ties (41) as well as touring (43).
        ("ballet-tour-en", "BAKU, October 14, 2025. St Petersburg's Mikhailovsky Theatre brings its ballet company to the Azerbaijan State Opera and Ballet Theatre for three evenings.", [41, 43], [40, 42]),
        ("theatre-tour-ru", "Баку, 14 октября 2025 года. Малый театр из Москвы покажет в Баку три спектакля на сцене Азербайджанского государственного академического театра.", [41, 43], [40, 42]),
        // Pensions of one Party's citizens in the other (21); an agreement on recognising education documents (41).
        ("pension-az", "Bakı, 10 fevral 2026. Milli Məclis Azərbaycan ilə Rusiya arasında pensiya təminatı sahəsində əməkdaşlıq haqqında sazişi təsdiqləyib.", [21], []),
        ("education-documents-ru", "Москва, 7 июня 2023 года. Россия и Азербайджан подписали соглашение о взаимном признании документов об образовании.", [41], []),
        // Railway rolling stock is heavy engineering (26), not the corridor (29).
        ("rolling-stock-en", "BAKU, September 21, 2023. Azerbaijan Railways and Russia's Transmashholding signed a roadmap for the joint production of railway rolling stock.", [26], [23, 24]),
        // An athlete is no sports ties: a final between two countries' judokas links nothing.
        ("athletes-ru", "Ташкент, 4 марта 2024 года. Азербайджанский дзюдоист выиграл финал у спортсмена из России.", [], []),
        // The Parties' power companies (31); nuclear science is the atom's (32), not science's (41); national libraries (43).
        ("interconnector-en", "BAKU, January 31, 2020. Azerenerji and Inter RAO agreed the schedule for flows over the Yashma–Derbent line between Azerbaijan and Russia.", [31], []),
        ("nuclear-science-en", "BAKU, January 31, 2020. Rosatom and Azerbaijan's energy ministry discussed a centre for nuclear science and technology in Baku.", [32], [24, 31]),
        ("national-libraries-ru", "Баку, 5 сентября 2019 года. Российская государственная библиотека и Национальная библиотека Азербайджана договорились об обмене цифровыми копиями книг.", [43], [41, 42]),
        // Session 41: a simplified customs corridor and the exchange of advance information on goods are the free movement
        // of goods (23); assembling trucks ("сборка") is no transit fee ("сбор", 30); a Russian national theatre places
        // a culture minister's post in Russia though the country is never named.
        ("customs-corridor-en", "MOSCOW, July 13, 2021. The Government approved the draft agreement with Azerbaijan on a simplified customs corridor for goods crossing the Russian-Azerbaijani border.", [23], [24, 30]),
        ("advance-information-az", "Bakı, 14 noyabr 2023. Azərbaycan ilə Rusiya arasında mallar barədə ilkin məlumat mübadiləsinə dair saziş imzalanacaq.", [23], [24, 30]),
        ("truck-assembly-ru", "Баку, 17 октября 2023 года. Россия и Азербайджан обсудили сборку российских грузовиков и автобусов в Гяндже.", [26], [24]),
        ("mariinsky-tour-ru", "Ольга Любимова\n26.05.2023 19:47\n\nБаку встречает Мариинский театр\n\nСегодня на сцене Азербайджанского театра оперы и балета — «Лебединое озеро». Подписали программу сотрудничества в области культуры.", [41, 43], [40, 42]),
        // Azerbaijani written without its own letters reads as written with them.
        ("commission-plain-az", "Baki, 12 sentyabr 2025. Azerbaycan ile Rusiya arasinda iqtisadi emekdasliq uzre Hokumetlerarasi Komissiyanin novbeti iclasi Bakida kecirilib, terefler qarsiliqli ticareti muzakire edibler.", [22], [24]),
        ("currencies-plain-az", "Baki, 3 mart 2025. Rusiya ile Azerbaycan arasinda qarsiliqli hesablasmalarda milli valyutalarin payi artir, odenislerin yarisindan coxu rubl ve manatla aparilib.", [28], [27]),
        ("kazakh", "Астана, 12 қыркүйек 2025 жыл. Қазақстан мен Ресей арасындағы үкіметаралық комиссияның отырысы өтті, тараптар сауда айналымын талқылады.", [], []),
    ];

    [Fact]
    public async Task EachTopicLinksToItsClausesInEveryLanguageAndNothingElse()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        var folder = Directory.CreateTempSubdirectory("entente-profiles-");
        try
        {
            foreach (var (name, text, _, _) in s_reports)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + ".txt"), text, TestContext.Current.CancellationToken);
            }

            var run = await CliRun.RunAsync(["extract", .. s_reports.Select(r => Path.Combine(folder.FullName, r.Name + ".txt")), "--json", "--db", "sqlite:" + target.SqlitePath]);

            Assert.Equal(0, run.ExitCode);
            var linked = Links(run.Output);
            var wrong = new List<string>();
            foreach (var (name, _, required, allowed) in s_reports)
            {
                var clauses = linked.GetValueOrDefault(name) ?? [];
                output.WriteLine($"{name}: {string.Join(' ', clauses.Order())}");
                if (!required.All(clauses.Contains) || clauses.Except(required).Except(allowed).Any())
                {
                    wrong.Add($"{name}: linked [{string.Join(' ', clauses.Order())}], wanted [{string.Join(' ', required)}] (allowed also [{string.Join(' ', allowed)}])");
                }
            }

            Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Dictionary<string, HashSet<int>> Links(string analysisJson)
    {
        using var json = JsonDocument.Parse(analysisJson);
        var links = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var name = Path.GetFileNameWithoutExtension(document.GetProperty("source").GetString()!);
            links[name] = [.. document.GetProperty("clauseLinks").EnumerateArray().Select(l => int.Parse(l.GetProperty("clause").GetString()!, CultureInfo.InvariantCulture))];
        }

        return links;
    }
}
