/**
 * Hand-written knowledge the sample-data generator needs about Chaoyang's 43 street offices:
 * the English (pinyin) name, an approximate centre (WGS-84, [lng, lat]) that seeds the
 * Voronoi jurisdictions, how busy the area is, and local names for places and roads.
 *
 * Centres are approximate, from general knowledge of where each 街道 / 地区 lies; they are
 * good enough for demonstration polygons and nothing more. Place and road names are used to
 * make sample station names and addresses read naturally; the stations themselves are fiction.
 */

/** How densely stations are placed: the urban core gets more per square kilometre. */
export type Density = 'core' | 'mid' | 'outer';

/** A Chinese name and its English rendering. */
export type Named = readonly [zh: string, en: string];

export interface OfficeSeed {
  code: string;
  /** Official name, checked against data/chaoyang-subdistricts.csv. */
  name: string;
  nameEn: string;
  /** Approximate centre, WGS-84 [lng, lat]. */
  centre: readonly [number, number];
  density: Density;
  /** Communities, estates and landmarks. */
  places: readonly Named[];
  roads: readonly Named[];
}

const s = (zh: string, en: string): Named => [zh, en];

export const OFFICE_SEEDS: readonly OfficeSeed[] = [
  {
    code: '110105001', name: '建外街道', nameEn: 'Jianwai Subdistrict', centre: [116.4495, 39.9045], density: 'core',
    places: [s('永安里', 'Yong\'anli'), s('光华里', 'Guanghuali'), s('建外SOHO', 'Jianwai SOHO'), s('国贸', 'Guomao'), s('秀水街', 'Xiushui Street'), s('大北窑', 'Dabeiyao'), s('北郎家园', 'Bei Langjiayuan'), s('灵通观', 'Lingtongguan')],
    roads: [s('建国路', 'Jianguo Road'), s('建国门外大街', 'Jianguomenwai Avenue'), s('光华路', 'Guanghua Road'), s('东三环中路', 'East Third Ring Middle Road'), s('通惠河北路', 'Tonghuihe North Road')],
  },
  {
    code: '110105002', name: '朝外街道', nameEn: 'Chaowai Subdistrict', centre: [116.4395, 39.9215], density: 'core',
    places: [s('吉祥里', 'Jixiangli'), s('芳草地', 'Fangcaodi'), s('雅宝里', 'Yabaoli'), s('三丰里', 'Sanfengli'), s('神路街', 'Shenlujie'), s('东大桥', 'Dongdaqiao'), s('朝外SOHO', 'Chaowai SOHO'), s('日坛', 'Ritan')],
    roads: [s('朝阳门外大街', 'Chaoyangmenwai Avenue'), s('东大桥路', 'Dongdaqiao Road'), s('日坛北路', 'Ritan North Road'), s('吉市口路', 'Jishikou Road')],
  },
  {
    code: '110105003', name: '呼家楼街道', nameEn: 'Hujialou Subdistrict', centre: [116.4600, 39.9205], density: 'core',
    places: [s('呼家楼', 'Hujialou'), s('金台里', 'Jintaili'), s('核桃园', 'Hetaoyuan'), s('关东店', 'Guandongdian'), s('小庄', 'Xiaozhuang'), s('中纺里', 'Zhongfangli'), s('京广中心', 'Jingguang Centre'), s('新源西里', 'Xinyuan Xili')],
    roads: [s('朝阳路', 'Chaoyang Road'), s('金台路', 'Jintai Road'), s('东三环中路', 'East Third Ring Middle Road'), s('关东店北街', 'Guandongdian North Street'), s('朝阳北路', 'Chaoyang North Road')],
  },
  {
    code: '110105004', name: '三里屯街道', nameEn: 'Sanlitun Subdistrict', centre: [116.4500, 39.9345], density: 'core',
    places: [s('三里屯', 'Sanlitun'), s('幸福村', 'Xingfucun'), s('白家庄', 'Baijiazhuang'), s('北三里屯', 'Bei Sanlitun'), s('工体', 'Gongti'), s('东三里屯', 'Dong Sanlitun'), s('中纺街', 'Zhongfangjie'), s('春秀', 'Chunxiu')],
    roads: [s('三里屯路', 'Sanlitun Road'), s('工人体育场北路', 'Gongti North Road'), s('新东路', 'Xindong Road'), s('东三环北路', 'East Third Ring North Road'), s('春秀路', 'Chunxiu Road')],
  },
  {
    code: '110105005', name: '左家庄街道', nameEn: 'Zuojiazhuang Subdistrict', centre: [116.4425, 39.9560], density: 'core',
    places: [s('左家庄', 'Zuojiazhuang'), s('曙光里', 'Shuguangli'), s('新源里', 'Xinyuanli'), s('三源里', 'Sanyuanli'), s('静安里', 'Jing\'anli'), s('国展', 'Guozhan'), s('顺源里', 'Shunyuanli'), s('左家庄北里', 'Zuojiazhuang Beili')],
    roads: [s('左家庄中街', 'Zuojiazhuang Middle Street'), s('新源街', 'Xinyuan Street'), s('北三环东路', 'North Third Ring East Road'), s('东三环北路', 'East Third Ring North Road'), s('静安东路', 'Jing\'an East Road')],
  },
  {
    code: '110105006', name: '香河园街道', nameEn: 'Xiangheyuan Subdistrict', centre: [116.4300, 39.9490], density: 'core',
    places: [s('西坝河', 'Xibahe'), s('光熙门', 'Guangximen'), s('柳芳', 'Liufang'), s('香河园', 'Xiangheyuan'), s('光熙家园', 'Guangxi Jiayuan'), s('西坝河南里', 'Xibahe Nanli'), s('柳芳北里', 'Liufang Beili')],
    roads: [s('香河园路', 'Xiangheyuan Road'), s('西坝河南路', 'Xibahe South Road'), s('柳芳北街', 'Liufang North Street'), s('北三环东路', 'North Third Ring East Road')],
  },
  {
    code: '110105007', name: '和平街街道', nameEn: 'Hepingjie Subdistrict', centre: [116.4210, 39.9655], density: 'core',
    places: [s('樱花园', 'Yinghuayuan'), s('胜古庄', 'Shengguzhuang'), s('小黄庄', 'Xiaohuangzhuang'), s('和平街', 'Hepingjie'), s('和平家园', 'Heping Jiayuan'), s('砖角楼', 'Zhuanjiaolou'), s('中医药大学', 'Chinese Medicine University')],
    roads: [s('樱花园东街', 'Yinghuayuan East Street'), s('胜古北路', 'Shenggu North Road'), s('北三环东路', 'North Third Ring East Road'), s('和平街北口', 'Hepingjie North Junction')],
  },
  {
    code: '110105008', name: '安贞街道', nameEn: 'Anzhen Subdistrict', centre: [116.4060, 39.9720], density: 'core',
    places: [s('安贞里', 'Anzhenli'), s('安华里', 'Anhuali'), s('外馆', 'Waiguan'), s('安贞西里', 'Anzhen Xili'), s('华侨村', 'Huaqiaocun'), s('裕民', 'Yumin'), s('涌溪', 'Yongxi')],
    roads: [s('安定路', 'Anding Road'), s('安贞路', 'Anzhen Road'), s('安华路', 'Anhua Road'), s('裕民路', 'Yumin Road'), s('外馆斜街', 'Waiguan Xiejie')],
  },
  {
    code: '110105009', name: '亚运村街道', nameEn: 'Yayuncun Subdistrict', centre: [116.4020, 39.9900], density: 'core',
    places: [s('安慧里', 'Anhuili'), s('华严北里', 'Huayan Beili'), s('安苑北里', 'Anyuan Beili'), s('亚运村', 'Yayuncun'), s('北辰', 'Beichen'), s('祁家豁子', 'Qijiahuozi'), s('北辰东', 'Beichen East')],
    roads: [s('北辰东路', 'Beichen East Road'), s('安立路', 'Anli Road'), s('北四环东路', 'North Fourth Ring East Road'), s('慧忠路', 'Huizhong Road'), s('安苑路', 'Anyuan Road')],
  },
  {
    code: '110105010', name: '小关街道', nameEn: 'Xiaoguan Subdistrict', centre: [116.4180, 39.9805], density: 'core',
    places: [s('小关', 'Xiaoguan'), s('惠新里', 'Huixinli'), s('小关北里', 'Xiaoguan Beili'), s('惠新苑', 'Huixinyuan'), s('惠新东街', 'Huixin Dongjie'), s('裕中', 'Yuzhong')],
    roads: [s('惠新东街', 'Huixin East Street'), s('惠新西街', 'Huixin West Street'), s('小关北街', 'Xiaoguan North Street'), s('北土城东路', 'Beitucheng East Road')],
  },
  {
    code: '110105011', name: '酒仙桥街道', nameEn: 'Jiuxianqiao Subdistrict', centre: [116.5015, 39.9785], density: 'core',
    places: [s('798艺术区', '798 Art District'), s('大山子', 'Dashanzi'), s('酒仙桥', 'Jiuxianqiao'), s('电子城', 'Electronics City'), s('高家园', 'Gaojiayuan'), s('万红', 'Wanhong'), s('南路东', 'Nanlu East'), s('七星', 'Qixing')],
    roads: [s('酒仙桥路', 'Jiuxianqiao Road'), s('酒仙桥北路', 'Jiuxianqiao North Road'), s('万红路', 'Wanhong Road'), s('电子城东街', 'Dianzicheng East Street')],
  },
  {
    code: '110105012', name: '麦子店街道', nameEn: 'Maizidian Subdistrict', centre: [116.4675, 39.9480], density: 'core',
    places: [s('枣营', 'Zaoying'), s('农展馆', 'Nongzhanguan'), s('麦子店', 'Maizidian'), s('亮马桥', 'Liangmaqiao'), s('燕莎', 'Yansha'), s('朝阳公园西门', 'Chaoyang Park West Gate'), s('霞光里', 'Xiaguangli')],
    roads: [s('麦子店街', 'Maizidian Street'), s('农展馆南路', 'Nongzhanguan South Road'), s('亮马桥路', 'Liangmaqiao Road'), s('朝阳公园路', 'Chaoyang Park Road'), s('枣营路', 'Zaoying Road')],
  },
  {
    code: '110105013', name: '团结湖街道', nameEn: 'Tuanjiehu Subdistrict', centre: [116.4650, 39.9330], density: 'core',
    places: [s('团结湖', 'Tuanjiehu'), s('水碓子', 'Shuiduizi'), s('长虹桥', 'Changhongqiao'), s('团结湖北里', 'Tuanjiehu Beili'), s('农展南里', 'Nongzhan Nanli'), s('中国剧院', 'China Theatre')],
    roads: [s('团结湖路', 'Tuanjiehu Road'), s('水碓子东路', 'Shuiduizi East Road'), s('东三环北路', 'East Third Ring North Road'), s('农展馆南路', 'Nongzhanguan South Road')],
  },
  {
    code: '110105014', name: '六里屯街道', nameEn: 'Liulitun Subdistrict', centre: [116.4815, 39.9265], density: 'core',
    places: [s('甜水园', 'Tianshuiyuan'), s('六里屯', 'Liulitun'), s('石佛营', 'Shifoying'), s('道家园', 'Daojiayuan'), s('朝阳公园南门', 'Chaoyang Park South Gate'), s('炫特嘉园', 'Xuante Jiayuan'), s('碧水园', 'Bishuiyuan')],
    roads: [s('甜水园街', 'Tianshuiyuan Street'), s('朝阳北路', 'Chaoyang North Road'), s('姚家园路', 'Yaojiayuan Road'), s('石佛营路', 'Shifoying Road'), s('东四环中路', 'East Fourth Ring Middle Road')],
  },
  {
    code: '110105015', name: '八里庄街道', nameEn: 'Balizhuang Subdistrict', centre: [116.4930, 39.9140], density: 'core',
    places: [s('八里庄', 'Balizhuang'), s('十里堡', 'Shilipu'), s('红庙', 'Hongmiao'), s('延静里', 'Yanjingli'), s('罗马嘉园', 'Luoma Jiayuan'), s('慈云寺', 'Ciyunsi'), s('八里庄东里', 'Balizhuang Dongli')],
    roads: [s('朝阳路', 'Chaoyang Road'), s('朝阳北路', 'Chaoyang North Road'), s('东四环中路', 'East Fourth Ring Middle Road'), s('十里堡路', 'Shilipu Road'), s('红庙路', 'Hongmiao Road')],
  },
  {
    code: '110105016', name: '双井街道', nameEn: 'Shuangjing Subdistrict', centre: [116.4630, 39.8930], density: 'core',
    places: [s('富力城', 'R&F City'), s('九龙花园', 'Jiulong Garden'), s('双井桥', 'Shuangjing Bridge'), s('广渠门外', 'Guangqumenwai'), s('百环家园', 'Baihuan Jiayuan'), s('乐成中心', 'Lecheng Centre'), s('首城国际', 'Shoucheng International'), s('珠江帝景', 'Zhujiang Dijing'), s('和乔丽致', 'Heqiao Lizhi')],
    roads: [s('广渠路', 'Guangqu Road'), s('东三环中路', 'East Third Ring Middle Road'), s('西大望路', 'Xidawang Road'), s('双井街', 'Shuangjing Street'), s('广和街', 'Guanghe Street')],
  },
  {
    code: '110105017', name: '劲松街道', nameEn: 'Jinsong Subdistrict', centre: [116.4615, 39.8800], density: 'core',
    places: [s('劲松', 'Jinsong'), s('农光里', 'Nongguangli'), s('磨房北里', 'Mofang Beili'), s('八棵杨', 'Bakeyang'), s('劲松桥', 'Jinsong Bridge'), s('垂杨柳', 'Chuiyangliu'), s('劲松西街', 'Jinsong Xijie')],
    roads: [s('劲松路', 'Jinsong Road'), s('东三环南路', 'East Third Ring South Road'), s('劲松中街', 'Jinsong Middle Street'), s('农光南路', 'Nongguang South Road')],
  },
  {
    code: '110105018', name: '潘家园街道', nameEn: 'Panjiayuan Subdistrict', centre: [116.4550, 39.8690], density: 'core',
    places: [s('潘家园', 'Panjiayuan'), s('武圣东里', 'Wusheng Dongli'), s('松榆里', 'Songyuli'), s('华威西里', 'Huawei Xili'), s('潘家园旧货市场', 'Panjiayuan Antique Market'), s('松榆东里', 'Songyu Dongli'), s('磨房南里', 'Mofang Nanli')],
    roads: [s('潘家园路', 'Panjiayuan Road'), s('东三环南路', 'East Third Ring South Road'), s('松榆南路', 'Songyu South Road'), s('华威路', 'Huawei Road'), s('武圣路', 'Wusheng Road')],
  },
  {
    code: '110105019', name: '垡头街道', nameEn: 'Fatou Subdistrict', centre: [116.5160, 39.8630], density: 'mid',
    places: [s('垡头', 'Fatou'), s('翠城', 'Cuicheng'), s('双合', 'Shuanghe'), s('金蝉', 'Jinchan'), s('垡头西里', 'Fatou Xili'), s('焦化厂', 'Jiaohuachang'), s('南燕新苑', 'Nanyan Xinyuan')],
    roads: [s('化工路', 'Huagong Road'), s('垡头路', 'Fatou Road'), s('东四环南路', 'East Fourth Ring South Road'), s('翠城街', 'Cuicheng Street')],
  },
  {
    code: '110105020', name: '首都机场街道', nameEn: 'Shoudu Jichang Subdistrict', centre: [116.5880, 40.0745], density: 'outer',
    places: [s('首都机场', 'Capital Airport'), s('T3航站楼', 'Terminal 3'), s('T2航站楼', 'Terminal 2'), s('南平里', 'Nanpingli'), s('西平街', 'Xipingjie'), s('机场货运区', 'Airport Cargo Area')],
    roads: [s('机场辅路', 'Airport Auxiliary Road'), s('西平街', 'Xiping Street'), s('南平街', 'Nanping Street'), s('机场南线', 'Airport South Line')],
  },
  {
    code: '110105021', name: '南磨房地区', nameEn: 'Nanmofang Area', centre: [116.4865, 39.8865], density: 'mid',
    places: [s('百子湾', 'Baiziwan'), s('大郊亭', 'Dajiaoting'), s('双龙', 'Shuanglong'), s('南新园', 'Nanxinyuan'), s('世纪东方城', 'Shiji Dongfang City'), s('欢乐谷', 'Happy Valley'), s('平乐园', 'Pingleyuan'), s('赛洛城', 'Sailuo City')],
    roads: [s('百子湾路', 'Baiziwan Road'), s('广渠路', 'Guangqu Road'), s('东四环南路', 'East Fourth Ring South Road'), s('小武基路', 'Xiaowuji Road'), s('西大望路', 'Xidawang Road')],
  },
  {
    code: '110105022', name: '高碑店地区', nameEn: 'Gaobeidian Area', centre: [116.5270, 39.9040], density: 'mid',
    places: [s('高碑店', 'Gaobeidian'), s('古典家具街', 'Classical Furniture Street'), s('兴隆', 'Xinglong'), s('西店', 'Xidian'), s('半壁店', 'Banbidian'), s('八王坟', 'Bawangfen'), s('通惠家园', 'Tonghui Jiayuan')],
    roads: [s('高碑店路', 'Gaobeidian Road'), s('通惠河北路', 'Tonghuihe North Road'), s('京通快速路辅路', 'Jingtong Expressway Service Road'), s('东五环', 'East Fifth Ring Road')],
  },
  {
    code: '110105023', name: '将台地区', nameEn: 'Jiangtai Area', centre: [116.4840, 39.9670], density: 'mid',
    places: [s('芳园南里', 'Fangyuan Nanli'), s('将台', 'Jiangtai'), s('丽都', 'Lido'), s('驼房营', 'Tuofangying'), s('阳光上东', 'Yangguang Shangdong'), s('芳园里', 'Fangyuanli'), s('星源国际', 'Xingyuan International')],
    roads: [s('将台路', 'Jiangtai Road'), s('芳园西路', 'Fangyuan West Road'), s('东四环北路', 'East Fourth Ring North Road'), s('驼房营路', 'Tuofangying Road')],
  },
  {
    code: '110105024', name: '太阳宫地区', nameEn: 'Taiyanggong Area', centre: [116.4470, 39.9715], density: 'mid',
    places: [s('太阳宫', 'Taiyanggong'), s('芍药居', 'Shaoyaoju'), s('十字口', 'Shizikou'), s('夏家园', 'Xiajiayuan'), s('牛王庙', 'Niuwangmiao'), s('西坝河北里', 'Xibahe Beili'), s('尚家楼', 'Shangjialou')],
    roads: [s('太阳宫中路', 'Taiyanggong Middle Road'), s('太阳宫北街', 'Taiyanggong North Street'), s('北四环东路', 'North Fourth Ring East Road'), s('京承高速辅路', 'Jingcheng Expressway Service Road')],
  },
  {
    code: '110105025', name: '大屯街道', nameEn: 'Datun Subdistrict', centre: [116.4175, 40.0045], density: 'core',
    places: [s('大屯', 'Datun'), s('安慧北里', 'Anhui Beili'), s('嘉铭园', 'Jiaming Yuan'), s('金泉', 'Jinquan'), s('世纪村', 'Shijicun'), s('风林绿洲', 'Fenglin Lüzhou'), s('北辰绿色家园', 'Beichen Green Home')],
    roads: [s('大屯路', 'Datun Road'), s('北辰东路', 'Beichen East Road'), s('安立路', 'Anli Road'), s('慧忠北路', 'Huizhong North Road')],
  },
  {
    code: '110105026', name: '望京街道', nameEn: 'Wangjing Subdistrict', centre: [116.4700, 39.9950], density: 'core',
    places: [s('望京', 'Wangjing'), s('望京SOHO', 'Wangjing SOHO'), s('花家地', 'Huajiadi'), s('南湖', 'Nanhu'), s('宝星', 'Baoxing'), s('方恒', 'Fangheng'), s('望京西园', 'Wangjing Xiyuan'), s('利泽', 'Lize'), s('阜通', 'Futong')],
    roads: [s('阜通东大街', 'Futong East Avenue'), s('望京街', 'Wangjing Street'), s('广顺北大街', 'Guangshun North Avenue'), s('利泽中街', 'Lize Middle Street'), s('湖光中街', 'Huguang Middle Street')],
  },
  {
    code: '110105027', name: '小红门地区', nameEn: 'Xiaohongmen Area', centre: [116.4540, 39.8420], density: 'mid',
    places: [s('小红门', 'Xiaohongmen'), s('肖村', 'Xiaocun'), s('龙爪树', 'Longzhaoshu'), s('鸿博家园', 'Hongbo Jiayuan'), s('牌坊', 'Paifang'), s('红寺', 'Hongsi')],
    roads: [s('小红门路', 'Xiaohongmen Road'), s('南四环东路', 'South Fourth Ring East Road'), s('龙爪树路', 'Longzhaoshu Road'), s('肖村路', 'Xiaocun Road')],
  },
  {
    code: '110105028', name: '十八里店地区', nameEn: 'Shibalidian Area', centre: [116.4860, 39.8540], density: 'mid',
    places: [s('十八里店', 'Shibalidian'), s('周庄', 'Zhouzhuang'), s('吕家营', 'Lüjiaying'), s('老君堂', 'Laojuntang'), s('十里河', 'Shilihe'), s('西直河', 'Xizhihe'), s('小武基', 'Xiaowuji')],
    roads: [s('大羊坊路', 'Dayangfang Road'), s('南四环东路', 'South Fourth Ring East Road'), s('十八里店路', 'Shibalidian Road'), s('周庄路', 'Zhouzhuang Road')],
  },
  {
    code: '110105029', name: '平房地区', nameEn: 'Pingfang Area', centre: [116.5500, 39.9380], density: 'mid',
    places: [s('平房', 'Pingfang'), s('姚家园', 'Yaojiayuan'), s('石各庄', 'Shigezhuang'), s('黄杉木店', 'Huangshanmudian'), s('平房桥', 'Pingfang Bridge'), s('天鹅湾', 'Tian\'ewan')],
    roads: [s('姚家园路', 'Yaojiayuan Road'), s('朝阳北路', 'Chaoyang North Road'), s('东五环', 'East Fifth Ring Road'), s('平房路', 'Pingfang Road')],
  },
  {
    code: '110105030', name: '东风地区', nameEn: 'Dongfeng Area', centre: [116.4935, 39.9470], density: 'mid',
    places: [s('东风', 'Dongfeng'), s('辛庄', 'Xinzhuang'), s('将府家园', 'Jiangfu Jiayuan'), s('南十里居', 'Nanshiliju'), s('朝阳公园东门', 'Chaoyang Park East Gate'), s('观湖', 'Guanhu')],
    roads: [s('东风南路', 'Dongfeng South Road'), s('东四环北路', 'East Fourth Ring North Road'), s('朝阳公园路', 'Chaoyang Park Road'), s('将府路', 'Jiangfu Road')],
  },
  {
    code: '110105031', name: '奥运村街道', nameEn: 'Aoyuncun Subdistrict', centre: [116.3905, 40.0120], density: 'mid',
    places: [s('奥运村', 'Aoyuncun'), s('奥林匹克公园', 'Olympic Park'), s('南沙滩', 'Nanshatan'), s('科学园', 'Kexueyuan'), s('洼里', 'Wali'), s('林萃', 'Lincui'), s('国奥村', 'Guoaocun')],
    roads: [s('北辰西路', 'Beichen West Road'), s('科荟路', 'Kehui Road'), s('大屯路', 'Datun Road'), s('林萃路', 'Lincui Road')],
  },
  {
    code: '110105032', name: '来广营地区', nameEn: 'Laiguangying Area', centre: [116.4430, 40.0300], density: 'mid',
    places: [s('来广营', 'Laiguangying'), s('北苑', 'Beiyuan'), s('清河营', 'Qingheying'), s('朝来', 'Chaolai'), s('红军营', 'Hongjunying'), s('新街坊', 'Xinjiefang'), s('立水桥南', 'Lishuiqiao South')],
    roads: [s('北苑路', 'Beiyuan Road'), s('来广营西路', 'Laiguangying West Road'), s('红军营南路', 'Hongjunying South Road'), s('清河营路', 'Qingheying Road')],
  },
  {
    code: '110105033', name: '常营地区', nameEn: 'Changying Area', centre: [116.6000, 39.9300], density: 'mid',
    places: [s('常营', 'Changying'), s('连心园', 'Lianxinyuan'), s('民族家园', 'Minzu Jiayuan'), s('住欣家园', 'Zhuxin Jiayuan'), s('常营公园', 'Changying Park'), s('万象新天', 'Wanxiang Xintian')],
    roads: [s('常营中路', 'Changying Middle Road'), s('朝阳北路', 'Chaoyang North Road'), s('常通路', 'Changtong Road'), s('常营南路', 'Changying South Road')],
  },
  {
    code: '110105034', name: '三间房地区', nameEn: 'Sanjianfang Area', centre: [116.5700, 39.9140], density: 'mid',
    places: [s('三间房', 'Sanjianfang'), s('定福庄', 'Dingfuzhuang'), s('传媒大学', 'Communication University'), s('聚福苑', 'Jufuyuan'), s('艺水芳园', 'Yishui Fangyuan'), s('三间房东', 'Sanjianfang East')],
    roads: [s('朝阳路', 'Chaoyang Road'), s('定福庄路', 'Dingfuzhuang Road'), s('三间房南路', 'Sanjianfang South Road'), s('京通快速路辅路', 'Jingtong Expressway Service Road')],
  },
  {
    code: '110105035', name: '管庄地区', nameEn: 'Guanzhuang Area', centre: [116.6000, 39.9050], density: 'outer',
    places: [s('管庄', 'Guanzhuang'), s('双桥', 'Shuangqiao'), s('杨闸', 'Yangzha'), s('八里桥', 'Baliqiao'), s('塔营', 'Taying'), s('管庄西里', 'Guanzhuang Xili')],
    roads: [s('管庄路', 'Guanzhuang Road'), s('朝阳路', 'Chaoyang Road'), s('双桥路', 'Shuangqiao Road'), s('杨闸路', 'Yangzha Road')],
  },
  {
    code: '110105036', name: '金盏地区', nameEn: 'Jinzhan Area', centre: [116.5850, 39.9920], density: 'outer',
    places: [s('金盏', 'Jinzhan'), s('楼梓庄', 'Louzizhuang'), s('皮村', 'Picun'), s('长店', 'Changdian'), s('金盏嘉园', 'Jinzhan Jiayuan'), s('沙窝', 'Shawo')],
    roads: [s('金盏路', 'Jinzhan Road'), s('楼梓庄路', 'Louzizhuang Road'), s('金榆路', 'Jinyu Road'), s('机场第二高速辅路', 'Airport Second Expressway Service Road')],
  },
  {
    code: '110105037', name: '孙河地区', nameEn: 'Sunhe Area', centre: [116.5350, 40.0420], density: 'outer',
    places: [s('孙河', 'Sunhe'), s('下辛堡', 'Xiaxinbao'), s('上辛堡', 'Shangxinbao'), s('康营', 'Kangying'), s('沙子营', 'Shaziying'), s('前苇沟', 'Qianweigou')],
    roads: [s('京密路', 'Jingmi Road'), s('顺白路', 'Shunbai Road'), s('孙河路', 'Sunhe Road'), s('康营路', 'Kangying Road')],
  },
  {
    code: '110105038', name: '崔各庄地区', nameEn: 'Cuigezhuang Area', centre: [116.5075, 40.0110], density: 'mid',
    places: [s('崔各庄', 'Cuigezhuang'), s('费家村', 'Feijiacun'), s('草场地', 'Caochangdi'), s('何各庄', 'Hegezhuang'), s('东辛店', 'Dongxindian'), s('一号地', 'Yihaodi'), s('南皋', 'Nangao')],
    roads: [s('京顺路', 'Jingshun Road'), s('何各庄路', 'Hegezhuang Road'), s('崔各庄路', 'Cuigezhuang Road'), s('南皋路', 'Nangao Road')],
  },
  {
    code: '110105039', name: '东坝地区', nameEn: 'Dongba Area', centre: [116.5540, 39.9660], density: 'mid',
    places: [s('东坝', 'Dongba'), s('单店', 'Dandian'), s('驹子房', 'Juzifang'), s('东晓景', 'Dongxiaojing'), s('东坝家园', 'Dongba Jiayuan'), s('红松园', 'Hongsongyuan')],
    roads: [s('东坝中路', 'Dongba Middle Road'), s('东坝南二街', 'Dongba South 2nd Street'), s('东五环', 'East Fifth Ring Road'), s('坝河南路', 'Bahe South Road')],
  },
  {
    code: '110105040', name: '黑庄户地区', nameEn: 'Heizhuanghu Area', centre: [116.6050, 39.8520], density: 'outer',
    places: [s('黑庄户', 'Heizhuanghu'), s('郎各庄', 'Langgezhuang'), s('万子营', 'Wanziying'), s('苏坟', 'Sufen'), s('定辛庄', 'Dingxinzhuang'), s('四合庄', 'Sihezhuang')],
    roads: [s('黑庄户路', 'Heizhuanghu Road'), s('万子营路', 'Wanziying Road'), s('双桥东路', 'Shuangqiao East Road'), s('郎各庄路', 'Langgezhuang Road')],
  },
  {
    code: '110105041', name: '豆各庄地区', nameEn: 'Dougezhuang Area', centre: [116.5520, 39.8700], density: 'outer',
    places: [s('豆各庄', 'Dougezhuang'), s('于家围', 'Yujiawei'), s('马家湾', 'Majiawan'), s('水牛坊', 'Shuiniufang'), s('石槽', 'Shicao'), s('青青家园', 'Qingqing Jiayuan')],
    roads: [s('豆各庄路', 'Dougezhuang Road'), s('东五环', 'East Fifth Ring Road'), s('于家围路', 'Yujiawei Road'), s('水南庄路', 'Shuinanzhuang Road')],
  },
  {
    code: '110105042', name: '王四营地区', nameEn: 'Wangsiying Area', centre: [116.5160, 39.8860], density: 'mid',
    places: [s('王四营', 'Wangsiying'), s('观音堂', 'Guanyintang'), s('官庄', 'Guanzhuang Village'), s('道口', 'Daokou'), s('孛罗营', 'Boluoying'), s('白鹿司', 'Bailusi')],
    roads: [s('广渠路', 'Guangqu Road'), s('王四营路', 'Wangsiying Road'), s('观音堂路', 'Guanyintang Road'), s('东四环南路', 'East Fourth Ring South Road')],
  },
  {
    code: '110105043', name: '东湖街道', nameEn: 'Donghu Subdistrict', centre: [116.4885, 40.0085], density: 'core',
    places: [s('东湖', 'Donghu'), s('望京东园', 'Wangjing Dongyuan'), s('望花路', 'Wanghualu'), s('大西洋新城', 'Daxiyang Xincheng'), s('望京科技园', 'Wangjing Science Park'), s('南湖东园', 'Nanhu Dongyuan'), s('利泽东园', 'Lize Dongyuan')],
    roads: [s('望花路', 'Wanghua Road'), s('利泽东街', 'Lize East Street'), s('湖光北街', 'Huguang North Street'), s('望京东路', 'Wangjing East Road')],
  },
];

/** English names of Beijing's 16 districts, for the base-map outlines. */
export const DISTRICT_NAMES_EN: Readonly<Record<string, string>> = {
  东城区: 'Dongcheng District',
  西城区: 'Xicheng District',
  朝阳区: 'Chaoyang District',
  丰台区: 'Fengtai District',
  石景山区: 'Shijingshan District',
  海淀区: 'Haidian District',
  门头沟区: 'Mentougou District',
  房山区: 'Fangshan District',
  通州区: 'Tongzhou District',
  顺义区: 'Shunyi District',
  昌平区: 'Changping District',
  大兴区: 'Daxing District',
  怀柔区: 'Huairou District',
  平谷区: 'Pinggu District',
  密云区: 'Miyun District',
  延庆区: 'Yanqing District',
};
