package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/joho/godotenv"

	"github.com/parley-bot/parley/answer"
	"github.com/parley-bot/parley/bot"
)

// env is the program's view of its environment: process variables first,
// then .env in the working directory.
type env struct {
	getenv func(string) string
	dotenv map[string]string
}

func (e env) get(k string) string {
	if v := e.getenv(k); v != "" {
		return v
	}
	return e.dotenv[k]
}

// cli is everything a command needs: its environment, streams and logger.
type cli struct {
	env    env
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
	// shared is the open data dir of the running bot or serve process when
	// this command came through its control socket; openStore uses it.
	shared *store
}

// command is one parley subcommand.
type command struct {
	name    string
	args    string // usage synopsis after the name
	summary string
	// freeText commands take user text that may contain -exclusions, so
	// unknown -words are words, not flags.
	freeText bool
	setup    func(fs *flag.FlagSet) func(ctx context.Context, c *cli, o *common, args []string) error
}

// common are the options every command takes.
type common struct {
	data string
	json bool
}

// usageError is a mistake in how the program was called (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

// run is the whole program: it parses args, builds what the command needs,
// and runs it. Tests call it directly.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := env{getenv: getenv}
	if m, err := godotenv.Read(".env"); err == nil {
		e.dotenv = m
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("read .env: %w", err)
	}
	c := &cli{env: e, stdin: stdin, stdout: stdout, stderr: stderr, log: newLogger(stderr, e.get("LOG_LEVEL"))}
	return c.exec(ctx, args)
}

// exec parses args (a command line without the program name) and runs the
// command. A command that finds the data dir held by a running `parley bot`
// or `parley serve` is passed to that process, which answers it over its
// control socket (see control.go).
func (c *cli) exec(ctx context.Context, args []string) error {
	e, stdout, stderr := c.env, c.stdout, c.stderr
	orig := args

	// Options before the command name apply to it as well.
	var pre []string
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		pre = append(pre, args[0])
		if !strings.Contains(args[0], "=") && (args[0] == "--data" || args[0] == "-data") && len(args) > 1 {
			pre = append(pre, args[1])
			args = args[1:]
		}
		args = args[1:]
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(pre) > 0 && (pre[0] == "-h" || pre[0] == "--help") || len(args) > 0 {
			printUsage(stdout)
			return nil
		}
		printUsage(stderr)
		return usagef("no command given")
	}
	cmd := findCommand(args[0])
	if cmd == nil {
		return usagef("unknown command %q; run `parley help` for the list", args[0])
	}
	fs := flag.NewFlagSet("parley "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o := &common{}
	dataDefault := e.get("PARLEY_DATA")
	if dataDefault == "" {
		dataDefault = "./data"
	}
	fs.StringVar(&o.data, "data", dataDefault, "data `dir` holding the index and bot state (env PARLEY_DATA)")
	fs.BoolVar(&o.json, "json", false, "print one JSON document on stdout")
	body := cmd.setup(fs)
	rest, err := parseInterleaved(fs, append(pre, args[1:]...), cmd.freeText)
	if errors.Is(err, flag.ErrHelp) {
		commandUsage(stdout, cmd, fs)
		return nil
	}
	if err != nil {
		return usagef("parley %s: %v (see `parley %s --help`)", cmd.name, err, cmd.name)
	}
	err = body(ctx, c, o, rest)
	if errors.Is(err, errLocked) && c.shared == nil {
		if ferr := forward(ctx, c, o.data, orig); ferr == nil || !errors.Is(ferr, errNoControl) {
			return ferr
		}
	}
	return err
}

// parseInterleaved parses flags wherever they appear among the arguments,
// so `parley search ceasefire --json` works like `parley search --json
// ceasefire`. "--" ends the flags. For free-text commands an unknown
// single-dash word such as -russia is kept as text (an exclusion).
func parseInterleaved(fs *flag.FlagSet, args []string, freeText bool) ([]string, error) {
	var rest []string
	for len(args) > 0 {
		a := args[0]
		if a == "--" {
			return append(rest, args[1:]...), nil
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			rest = append(rest, a)
			args = args[1:]
			continue
		}
		name := strings.TrimLeft(a, "-")
		if i := strings.IndexByte(name, '='); i >= 0 {
			name = name[:i]
		}
		if freeText && !strings.HasPrefix(a, "--") && fs.Lookup(name) == nil && name != "h" && name != "help" {
			rest = append(rest, a)
			args = args[1:]
			continue
		}
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
	}
	return rest, nil
}

func findCommand(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "parley answers questions about negotiations from the news.")
	fmt.Fprintln(w, "\nUsage: parley COMMAND [options] [arguments]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nCommon options: --data DIR (env PARLEY_DATA, default ./data), --json.")
	fmt.Fprintln(w, "Run `parley COMMAND --help` for a command's options.")
}

func commandUsage(w io.Writer, cmd *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: parley %s [options] %s\n\n%s\n\nOptions:\n", cmd.name, cmd.args, cmd.summary)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// exitCode maps an error to the process exit status, printing it first:
// 0 success, 2 usage errors, 1 everything else.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "parley: interrupted")
		return 1
	}
	var re *remoteExit
	if errors.As(err, &re) {
		return re.code // the running process already printed the reason
	}
	fmt.Fprintln(stderr, "parley:", err)
	var ue *usageError
	if errors.As(err, &ue) || answer.IsInputError(err) || bot.IsConfigError(err) {
		return 2
	}
	if errors.Is(err, errSilentFailure) {
		return 1
	}
	return 1
}

// errSilentFailure marks a run that already reported its failures (ingest
// with failed files) and only needs a non-zero exit status.
var errSilentFailure = errors.New("some inputs failed")

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	switch strings.ToLower(level) {
	case "debug":
		l = slog.LevelDebug
	case "warn", "warning":
		l = slog.LevelWarn
	case "error":
		l = slog.LevelError
	default:
		l = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: l}
	if isTerminal(w) {
		// People at a terminal see when it happens; drop the timestamp.
		opts.ReplaceAttr = func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		}
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
