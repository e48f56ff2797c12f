// Command gen writes the default name and place tables that srclint's
// rules.toml ships, from the SpellingUkraine list (data/, MIT licence) and
// the curated tables below:
//
//	go run ./rules/discover/internal/gen -out rules
//
// writes rules/names_equivalents.toml.part ([names] equivalents: given names
// in their Ukrainian, Russian and other romanisations) and
// rules/variants_ukraine.toml.part ([[variants]]: places with the settled
// English form as preferred, people's surnames without preferred). The
// output is deterministic.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/srclint/srclint/rules/discover"
	"github.com/srclint/srclint/rules/mention"
	"github.com/srclint/srclint/rules/text"
)

func main() {
	tsv := flag.String("tsv", "rules/discover/internal/gen/data/spellingukraine_variants.tsv", "SpellingUkraine variants table")
	out := flag.String("out", "rules", "output folder")
	flag.Parse()
	if err := run(*tsv, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// entry is one row of the table.
type entry struct {
	group, category    string
	correct            string
	incorrect, related []string
}

func run(tsv, out string) error {
	rows, err := readTSV(tsv)
	if err != nil {
		return err
	}
	names := equivalents(rows)
	if err := os.WriteFile(filepath.Join(out, "names_equivalents.toml.part"), []byte(renderNames(names)), 0o644); err != nil {
		return fmt.Errorf("writing names: %w", err)
	}
	given := map[string]bool{}
	for _, set := range names {
		for _, n := range set {
			given[text.Fold(n)] = true
		}
	}
	places := placeGroups(rows, given)
	if err := os.WriteFile(filepath.Join(out, "variants_ukraine.toml.part"), []byte(renderVariants(places, people)), 0o644); err != nil {
		return fmt.Errorf("writing variants: %w", err)
	}
	return nil
}

func readTSV(path string) ([]entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var rows []entry
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue // header
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 6 {
			return nil, fmt.Errorf("%s:%d: want 6 tab-separated fields, got %d", path, n, len(f))
		}
		rows = append(rows, entry{group: f[0], category: f[1], correct: strings.TrimSpace(f[3]), incorrect: list(f[4]), related: list(f[5])})
	}
	return rows, sc.Err()
}

// list splits a "|"-separated field.
func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// latin reports whether s is written in Latin letters (with diacritics),
// spaces, hyphens and apostrophes only.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin) {
			return false
		}
	}
	return s != ""
}

// curatedNames adds forms the table lacks (mainly Russian romanisations,
// which the table files as "related" together with English translations
// such as Andrew or Peter that name different people) and common Arabic
// names. Rows are merged with the table's rows that share a form.
var curatedNames = [][]string{
	{"Volodymyr", "Vladimir", "Wolodymyr", "Volodimir", "Wladimir"},
	{"Oleksandr", "Alexander", "Aleksandr", "Alexandr", "Olexandr", "Oleksander"},
	{"Yurii", "Yuriy", "Yuri", "Iurii", "Yury", "Jurij"},
	{"Andrii", "Andriy", "Andrei", "Andrey", "Andrij"},
	{"Serhii", "Serhiy", "Sergei", "Sergey", "Sergiy", "Sergii", "Serhij"},
	{"Mykola", "Nikolai", "Nikolay", "Mikola"},
	{"Dmytro", "Dmitry", "Dmitri", "Dmitriy", "Dmitro"},
	{"Vitalii", "Vitaliy", "Vitali", "Vitaly"},
	{"Vasyl", "Vasily", "Vasiliy", "Vasili", "Vassily"},
	{"Hennadii", "Hennadiy", "Gennady", "Gennadiy", "Gennadi"},
	{"Valerii", "Valeriy", "Valery", "Valeri"},
	{"Kostiantyn", "Kostyantyn", "Konstantin"},
	{"Arsenii", "Arseniy", "Arseny"},
	{"Viacheslav", "Vyacheslav"},
	{"Hryhorii", "Hryhoriy", "Grigory", "Grigoriy", "Grigori"},
	{"Heorhii", "Heorhiy", "Georgy", "Georgiy", "Georgii"},
	{"Yevhen", "Yevgeny", "Yevgeniy", "Evgeny", "Evgeniy"},
	{"Mykhailo", "Mikhail", "Mykhaylo"},
	{"Petro", "Petr", "Pyotr"},
	{"Fedir", "Fyodor", "Fedor"},
	{"Kyrylo", "Kirill", "Kiril"},
	{"Oleksii", "Oleksiy", "Alexei", "Alexey", "Aleksei", "Aleksey"},
	{"Illia", "Ilya", "Illya"},
	{"Borys", "Boris"},
	{"Rostyslav", "Rostislav"},
	{"Tymofii", "Tymofiy", "Timofey", "Timofei"},
	{"Yakiv", "Yakov"},
	{"Matvii", "Matviy", "Matvey"},
	{"Danylo", "Daniil", "Danila"},
	{"Olena", "Yelena", "Elena"},
	{"Yuliia", "Yulia", "Yuliya"},
	{"Khrystyna", "Kristina", "Khristina"},
	{"Vira", "Vera"},
	{"Liubov", "Lyubov", "Lubov"},
	{"Muhammad", "Mohammed", "Mohammad", "Mohamed", "Muhammed"},
	{"Muammar", "Moammar"},
	{"Ahmed", "Ahmad"},
	{"Mahmoud", "Mahmud"},
	{"Khalid", "Khaled"},
	{"Hussein", "Husain", "Hussain"},
	{"Yusuf", "Youssef", "Yousef"},
	{"Abdullah", "Abdallah"},
}

// equivalents builds the given-name table: every personal-name row of the
// list (correct and "incorrect" forms) merged with the curated rows.
func equivalents(rows []entry) [][]string {
	var sets [][]string
	for _, r := range rows {
		if r.group != "personal_names" {
			continue
		}
		sets = append(sets, append([]string{r.correct}, r.incorrect...))
	}
	sets = append(sets, curatedNames...)
	return merge(sets)
}

// merge unions sets that share a folded form, keeping each set's first form
// first, dropping duplicates and sets of one form, sorted by first form.
func merge(sets [][]string) [][]string {
	owner := map[string]int{}
	var out [][]string
	for _, s := range sets {
		target := -1
		for _, f := range s {
			if i, ok := owner[text.Fold(f)]; ok {
				target = i
				break
			}
		}
		if target < 0 {
			out = append(out, nil)
			target = len(out) - 1
		}
		for _, f := range s {
			k := text.Fold(f)
			if _, ok := owner[k]; ok || !latin(f) {
				continue
			}
			owner[k] = target
			out[target] = append(out[target], f)
		}
	}
	var kept [][]string
	for _, s := range out {
		if len(s) > 1 {
			kept = append(kept, s)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i][0] < kept[j][0] })
	return kept
}

// group is one [[variants]] table.
type group struct {
	preferred string
	variants  []string
}

// placeGroups builds the place groups: preferred is the list's spelling,
// variants its "incorrect" forms and the Latin "related" forms that
// transliterate the same name (same consonant skeleton: Kiew, Kyjiw), not
// historical or foreign names (Lemberg, Stalino, Ismail). A variant that two
// places share, or that is a common English word, is dropped. A place named
// like a person (the town of Volodymyr, "Vladimir" in Russian) is left out
// whole: its forms are given names, which only name-mismatch may compare,
// never as variants of each other (Vladimir Putin is not Volodymyr).
func placeGroups(rows []entry, given map[string]bool) []group {
	var gs []group
	count := map[string]int{}
	for _, r := range rows {
		if r.group != "places" || !latin(r.correct) || given[text.Fold(r.correct)] {
			continue
		}
		g := group{preferred: r.correct}
		seen := map[string]bool{text.Fold(r.correct): true}
		add := func(v string) {
			k := text.Fold(v)
			if seen[k] || !latin(v) {
				return
			}
			seen[k] = true
			g.variants = append(g.variants, v)
		}
		for _, v := range r.incorrect {
			add(v)
		}
		sk := skeleton(r.correct)
		for _, v := range r.related {
			if skeleton(v) == sk && firstLetter(v) == firstLetter(r.correct) {
				add(v)
			}
		}
		for k := range seen {
			count[k]++
		}
		gs = append(gs, g)
	}
	var out []group
	for _, g := range gs {
		var vs []string
		for _, v := range g.variants {
			k := text.Fold(v)
			if count[k] > 1 || mention.FunctionWord(k) || len([]rune(k)) < 3 || ambiguous[k] {
				continue
			}
			vs = append(vs, v)
		}
		named := false
		for _, v := range g.variants {
			named = named || given[text.Fold(v)]
		}
		if len(vs) > 0 && count[text.Fold(g.preferred)] == 1 && !named {
			out = append(out, group{preferred: g.preferred, variants: vs})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].preferred < out[j].preferred })
	return out
}

// ambiguous lists variants from the table that are also English words or
// other well-known names, which a linter must not flag in every article
// ("Luck" for Lutsk, "Symi" the Greek island).
var ambiguous = map[string]bool{
	"luck": true, "saq": true, "symi": true, "sumi": true, "zarya": true, "malin": true, "liman": true,
	"hust": true, "liov": true, "ilov": true, "ilyvo": true,
	// The river keeps its English name: "east of the Dnieper" is not a
	// misspelling of the city of Dnipro.
	"dnieper": true, "dnepr": true,
	// The region keeps the old name: "Dnipropetrovsk region" is correct.
	"dnipropetrovsk": true,
}

// firstLetter returns the folded first letter of s.
func firstLetter(s string) string {
	for _, r := range text.Fold(s) {
		return string(r)
	}
	return ""
}

// skeleton is mention.Skeleton over every word of a name.
func skeleton(s string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || text.IsHyphen(r) }) {
		parts = append(parts, mention.Skeleton(w))
	}
	return strings.Join(parts, " ")
}

// people lists surnames of public figures as outlets spell them. They carry
// no preferred form: house styles differ (AP and NYT "Zelensky", Reuters
// "Zelenskiy", Kyiv "Zelenskyy"), so the majority of sources decides.
var people = [][]string{
	{"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenskij"},
	{"Klitschko", "Klitchko", "Klichko", "Klytschko", "Klychko"},
	{"Zaluzhnyi", "Zaluzhny", "Zaluzhniy", "Zaluzhnyy"},
	{"Syrskyi", "Syrsky", "Syrskiy", "Syrskyy"},
	{"Shmyhal", "Shmygal"},
	{"Yanukovych", "Yanukovich"},
	{"Yushchenko", "Yuschenko"},
	{"Tymoshenko", "Timoshenko"},
	{"Yatsenyuk", "Yatseniuk"},
	{"Hroisman", "Groysman", "Groisman"},
	{"Podolyak", "Podoliak"},
	{"Arestovych", "Arestovich"},
	{"Kyslytsya", "Kyslytsia", "Kislitsa"},
	{"Sybiha", "Sybiga"},
	{"Svyrydenko", "Svyridenko"},
	{"Stefanchuk", "Stefanchouk"},
	{"Malyuk", "Maliuk"},
	{"Yermak", "Iermak"},
	{"Danilov", "Danylov"},
	{"Reznikov", "Reznikow"},
	{"Lubinets", "Lubinec"},
	{"Kuleba", "Kouleba"},
	{"Budanov", "Boudanov"},
	{"Prytula", "Pritula"},
	{"Gaddafi", "Qaddafi", "Gadhafi", "Kadhafi", "Qadhafi"},
}

func renderNames(sets [][]string) string {
	var b strings.Builder
	b.WriteString(header)
	b.WriteString("# Given names that are the same name in different romanisations, for\n")
	b.WriteString("# name-mismatch. Only compared between mentions with the same surname.\n")
	b.WriteString("[names]\nequivalents = [\n")
	for _, s := range sets {
		fmt.Fprintf(&b, "  [%s],\n", discover.QuoteList(s))
	}
	b.WriteString("]\n")
	return b.String()
}

func renderVariants(places []group, people [][]string) string {
	var b strings.Builder
	b.WriteString(header)
	b.WriteString("# Ukrainian places: the settled English (Ukrainian-based) form is preferred.\n")
	for _, g := range places {
		fmt.Fprintf(&b, "\n[[variants]]\npreferred = %s\nvariants = [%s]\n", discover.Quote(g.preferred), discover.QuoteList(g.variants))
	}
	b.WriteString("\n# People: no preferred form; the form most sources use wins, and a form\n")
	b.WriteString("# that no other source contradicts is never flagged.\n")
	for _, p := range people {
		fmt.Fprintf(&b, "\n[[variants]]\nvariants = [%s]\n", discover.QuoteList(p))
	}
	return b.String()
}

const header = `# Generated by go run ./rules/discover/internal/gen -out rules; do not edit.
# Derived in part from SpellingUkraine (github.com/Tyrrrz/SpellingUkraine,
# commit ba86f92), MIT licence, Copyright (c) 2022-2026 Oleksii Holub; the
# full notice is in rules/discover/internal/gen/data/LICENSE.txt.
`
