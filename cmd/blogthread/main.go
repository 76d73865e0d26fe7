// Command blogthread reads dumps of blog comment sections, saved pages and
// the platforms' exports, and prints them as data.
//
// Usage:
//
//	blogthread parse [flags] FILE...   ("-" reads standard input)
//	blogthread formats
//	blogthread version
//	blogthread help                    (every flag, with examples)
//
// Flags of parse, before or after the files:
//
//	-format auto|numbered|flat|copypaste|classic|footer|archive|<format>   (default auto)
//	-o json|jsonl|csv|tree|convokit|stats|html             (default json)
//	-dir OUT          with -o convokit: write the corpus folder OUT
//	-encoding auto|utf-8|utf-16|windows-1252                (default auto)
//	-tz LOCATION                                           (default UTC)
//	-enrich=false, -drop-duplicates, -hidden, -ascii, -csv-posts, -q, -j N, -cpuprofile FILE
//
// With -o json, one FILE prints one JSON object and several print a JSON
// array of them; -o jsonl prints one post per line (streaming: one post in
// memory at a time); -o csv one row per comment and reply; -o convokit
// ConvoKit utterances; -o tree an indented tree; -o stats counts per file
// and in total; -o html one page to look at. Files are parsed in parallel
// (-j, default the number of CPUs) and printed in the order given; a
// progress line goes to standard error when it is a terminal that standard
// output is not (-q turns it off). The exit status is 0 on success, 1 when
// a file could not be parsed (the others are still printed) and 2 for bad
// usage.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/blogthread/blogthread/enrich"
	"github.com/blogthread/blogthread/export"
	"github.com/blogthread/blogthread/internal/tune"
	"github.com/blogthread/blogthread/normalize"
	"github.com/blogthread/blogthread/parse"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: blogthread parse [-format F] [-o json|jsonl|csv|tree|convokit|stats|html] [-dir OUT] [-encoding E] [-tz LOCATION] FILE...
       blogthread formats
       blogthread version
       blogthread help`

// examples close the help.
const examples = `
examples:
  blogthread parse dump.txt                      the tree as JSON
  blogthread parse -o tree dump.txt              an indented tree to read
  blogthread parse -o csv *.txt > comments.csv   one row per comment and reply
  blogthread parse -o convokit -dir corpus *.txt a ConvoKit corpus folder
  blogthread parse -o html *.txt > thread.html   a page to look at in a browser
  blogthread parse -format wxr -o jsonl export.xml
  curl -s URL | blogthread parse -o tree -       standard input

Flags go before or after the files; "--" ends them.`

// run is the command with its world passed in; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	switch args[0] {
	case "parse":
		return runParse(args[1:], stdin, stdout, stderr)
	case "formats":
		width := 0
		for _, f := range parse.Formats() {
			width = max(width, len(f.Name))
		}
		for _, f := range parse.Formats() {
			fmt.Fprintf(stdout, "%-*s  %s\n", width, f.Name, f.Description)
		}
		return 0
	case "version":
		fmt.Fprintln(stdout, "blogthread", version())
		return 0
	case "-h", "-help", "--help", "help":
		help(stdout)
		return 0
	}
	fmt.Fprintf(stderr, "blogthread: unknown command %q\n%s\n", args[0], usage)
	return 2
}

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := parseFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fmt.Fprintln(stderr, `run "blogthread help" for the flags`)
	}
	flags, files, askedHelp := splitArgs(fs, args)
	if askedHelp {
		help(stdout)
		return 0
	}
	if err := fs.Parse(flags); err != nil {
		return 2
	}
	loc, why := f.check(files)
	if why != "" {
		fmt.Fprintln(stderr, "blogthread parse: "+why)
		return 2
	}
	if *f.out != "json" {
		tune.Streaming()
	}
	if *f.cpuprofile != "" {
		pf, err := os.Create(*f.cpuprofile)
		if err == nil {
			err = pprof.StartCPUProfile(pf)
		}
		if err != nil {
			fmt.Fprintf(stderr, "blogthread parse: -cpuprofile: %v\n", err)
			return 2
		}
		defer pf.Close()
		defer pprof.StopCPUProfile()
	}
	p := &parse.Parser{Format: *f.format, Location: loc, Encoding: *f.enc,
		DropDuplicates: *f.dropDups, FoldTypography: *f.ascii, IncludeHidden: *f.hidden}
	if *f.enrich {
		p.Stages = []parse.Stage{parse.StageFunc(enrich.Apply)}
	}
	o, err := f.newOutput(stdout, stderr, files)
	if err != nil {
		fmt.Fprintf(stderr, "blogthread: %v\n", err)
		return 1
	}
	status := o.run(p, files, stdin, *f.jobs)
	o.progress.finish()
	if err := o.finish(); err != nil {
		fmt.Fprintf(stderr, "blogthread: %v\n", err)
		return 1
	}
	return status
}

// check reports what makes the flags and files unusable, as a message, and
// the location -tz names.
func (f *parseOptions) check(files []string) (*time.Location, string) {
	switch {
	case len(files) == 0:
		return nil, "no FILE given (use - for standard input)"
	case slices.Contains(files[slices.Index(files, "-")+1:], "-") && slices.Contains(files, "-"):
		// Two parses would share standard input and each get half.
		return nil, "- (standard input) given more than once"
	}
	loc, err := time.LoadLocation(*f.tz)
	if err != nil {
		return nil, fmt.Sprintf("-tz: unknown location %q", *f.tz)
	}
	switch *f.out {
	case "json", "jsonl", "csv", "tree", "convokit", "stats", "html":
	default:
		return nil, fmt.Sprintf("-o: unknown output %q (want json, jsonl, csv, tree, convokit, stats or html)", *f.out)
	}
	switch {
	case *f.dir != "" && *f.out != "convokit":
		return nil, "-dir goes with -o convokit"
	case *f.csvPosts && *f.out != "csv":
		return nil, "-csv-posts goes with -o csv"
	case *f.jobs < 1:
		return nil, "-j must be at least 1"
	case *f.format != "auto" && !knownFormat(*f.format):
		return nil, fmt.Sprintf("-format: unknown format %q (want auto, %s)", *f.format, formatNames())
	}
	if _, err := normalize.Decode(nil, *f.enc); errors.Is(err, normalize.ErrEncoding) {
		// The library's own list decides.
		return nil, fmt.Sprintf("-encoding: unknown encoding %q (want %s)", *f.enc, strings.Join(normalize.Encodings(), ", "))
	}
	return loc, ""
}

// newOutput makes the writer of the output the flags ask for.
func (f *parseOptions) newOutput(stdout, stderr io.Writer, files []string) (*output, error) {
	o := &output{kind: *f.out, w: bufio.NewWriter(stdout), stderr: stderr, files: len(files), forced: *f.format}
	if *f.out == "convokit" {
		prefix := func(string) string { return "" }
		if len(files) > 1 {
			prefix = convoKitPrefix()
		}
		if *f.dir != "" {
			ck, err := export.NewConvoKitDir(*f.dir, prefix)
			if err != nil {
				return nil, err
			}
			o.convokit = ck
		} else {
			o.convokit = export.NewConvoKit(o.w, prefix)
		}
	}
	o.csv = export.NewCSV(o.w)
	o.csv.Posts = *f.csvPosts
	o.progress = newProgress(stderr, stdout, *f.quiet, files)
	return o, nil
}

// convoKitPrefix returns the prefix of the utterance ids of a file in a
// corpus of several: its base name and "#" ("june.txt#3.1"), a file of
// the same base name in another folder numbered after it ("june.txt~2#").
func convoKitPrefix() func(src string) string {
	bySource := map[string]string{}
	used := map[string]bool{}
	return func(src string) string {
		if p, ok := bySource[src]; ok {
			return p
		}
		base, _, _ := strings.Cut(src, "#") // a file given twice is "name#2" (sourceNames)
		base = filepath.Base(base)
		if rest, ok := strings.CutPrefix(src, strings.SplitN(src, "#", 2)[0]); ok && rest != "" {
			base += rest // keep the "#2" of a file given again
		}
		p := base
		for n := 2; used[p]; n++ {
			p = fmt.Sprintf("%s~%d", base, n) // another folder's file of that name
		}
		used[p] = true
		p += "#"
		bySource[src] = p
		return p
	}
}

func knownFormat(name string) bool {
	for _, f := range parse.Formats() {
		if f.Name == name {
			return true
		}
	}
	return false
}

func formatNames() string {
	var names []string
	for _, f := range parse.Formats() {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

// parseOptions are the flags of parse.
type parseOptions struct {
	format, out, dir, enc, tz, cpuprofile  *string
	jobs                                   *int
	enrich, dropDups, hidden, ascii, quiet *bool
	csvPosts                               *bool
}

// parseFlags defines the flags of parse on fs; help lists them too.
func parseFlags(fs *flag.FlagSet) *parseOptions {
	return &parseOptions{
		format:     fs.String("format", "auto", "layout or format: auto, "+formatNames()),
		out:        fs.String("o", "json", "output: json, jsonl, csv, tree, convokit, stats or html (a page to look at)"),
		dir:        fs.String("dir", "", "with -o convokit: write the whole corpus folder here"),
		jobs:       fs.Int("j", runtime.NumCPU(), "files parsed at once"),
		enc:        fs.String("encoding", "auto", "input encoding: "+strings.Join(normalize.Encodings(), ", ")),
		tz:         fs.String("tz", "UTC", "time zone of comment times (an IANA name such as Europe/London)"),
		enrich:     fs.Bool("enrich", true, "find signatures, quotes, mentions and inferred times (-enrich=false for the bare tree)"),
		dropDups:   fs.Bool("drop-duplicates", false, "remove runs of lines a scraper repeated verbatim (they are reported either way)"),
		hidden:     fs.Bool("hidden", false, "exports and pages: keep pingbacks, spam, unapproved comments, drafts and pages without comments (left out and counted otherwise)"),
		ascii:      fs.Bool("ascii", false, "fold curly quotes, dashes and ellipses in the output text to ASCII"),
		cpuprofile: fs.String("cpuprofile", "", "write a CPU profile of the parse to this file (for go tool pprof)"),
		quiet:      fs.Bool("q", false, "no progress line on standard error"),
		csvPosts:   fs.Bool("csv-posts", false, "with -o csv: a row for each post too (depth 0, with its body)"),
	}
}

// splitArgs separates the flags of args from the files, so that flags may
// come after the files as before them: an argument that starts with "-"
// (but is not "-" alone, standard input) is a flag, and takes the next
// argument as its value unless it is a boolean flag or has "=". After
// "--" every argument is a file. It reports whether -h or -help is among
// the flags.
func splitArgs(fs *flag.FlagSet, args []string) (flags, files []string, help bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return flags, append(files, args[i+1:]...), help
		case a == "-" || !strings.HasPrefix(a, "-"):
			files = append(files, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		name, _, hasValue := strings.Cut(name, "=")
		if name == "h" || name == "help" {
			help = true
			continue
		}
		flags = append(flags, a)
		f := fs.Lookup(name)
		if f == nil || hasValue {
			continue // an unknown flag: fs.Parse reports it
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, files, help
}

// help writes the commands, every flag of parse and some examples.
func help(w io.Writer) {
	fmt.Fprintln(w, usage)
	fmt.Fprintln(w, "\ncommands:")
	fmt.Fprintln(w, "  parse    read dumps, pages and exports and print their comment trees")
	fmt.Fprintln(w, "  formats  list the layouts and formats -format accepts")
	fmt.Fprintln(w, "  version  print the version")
	fmt.Fprintln(w, "\nflags of parse:")
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	parseFlags(fs)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprintln(w, examples)
}

// version is the module's version as the build records it, with the
// commit when the build has one.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}
