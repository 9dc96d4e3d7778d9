package corpus

import "strings"

// agencies maps the ways news agencies are named in datelines and credit
// lines (lower case) to the outlet name Parley shows.
var agencies = map[string]string{
	"ap":                          "The Associated Press",
	"associated press":            "The Associated Press",
	"the associated press":        "The Associated Press",
	"reuters":                     "Reuters",
	"thomson reuters":             "Reuters",
	"afp":                         "Agence France-Presse",
	"agence france-presse":        "Agence France-Presse",
	"agence france presse":        "Agence France-Presse",
	"dpa":                         "dpa",
	"deutsche presse-agentur":     "dpa",
	"ansa":                        "ANSA",
	"bloomberg":                   "Bloomberg",
	"bloomberg news":              "Bloomberg",
	"upi":                         "United Press International",
	"united press international":  "United Press International",
	"xinhua":                      "Xinhua",
	"kyodo":                       "Kyodo News",
	"kyodo news":                  "Kyodo News",
	"efe":                         "EFE",
	"tass":                        "TASS",
	"interfax":                    "Interfax",
	"ukrinform":                   "Ukrinform",
	"yonhap":                      "Yonhap",
	"anadolu":                     "Anadolu Agency",
	"anadolu agency":              "Anadolu Agency",
	"pa":                          "PA Media",
	"pa media":                    "PA Media",
	"cp":                          "The Canadian Press",
	"canadian press":              "The Canadian Press",
	"the canadian press":          "The Canadian Press",
	"aap":                         "Australian Associated Press",
	"australian associated press": "Australian Associated Press",
	"pti":                         "Press Trust of India",
	"press trust of india":        "Press Trust of India",
	"ians":                        "IANS",
	"cnn":                         "CNN",
	"apa":                         "APA",
	"belga":                       "Belga",
	"anp":                         "ANP",
	"tt":                          "TT",
	"ntb":                         "NTB",
	"ritzau":                      "Ritzau",
	"pap":                         "PAP",
	"ctk":                         "ČTK",
	"mti":                         "MTI",
	"wafa":                        "WAFA",
	"kyodo news agency":           "Kyodo News",
	"spa":                         "Saudi Press Agency",
	"saudi press agency":          "Saudi Press Agency",
	"wam":                         "WAM",
	"qna":                         "Qatar News Agency",
	"kuna":                        "KUNA",
	"bna":                         "Bahrain News Agency",
	"ona":                         "Oman News Agency",
	"mena":                        "MENA",
	"sana":                        "SANA",
	"irna":                        "IRNA",
	"petra":                       "Petra",
	"bernama":                     "Bernama",
	"antara":                      "Antara",
	"vna":                         "Vietnam News Agency",
	"kcna":                        "Korean Central News Agency",
	"ria novosti":                 "RIA Novosti",
}

// agencyName returns the outlet name for an agency as a dateline or credit
// line writes it ("AP", "Reuters", "Agence France-Presse"), and whether it
// is a known agency.
func agencyName(s string) (string, bool) {
	key := strings.ToLower(normalizeSpace(strings.Trim(s, " .")))
	name, ok := agencies[key]
	return name, ok
}
