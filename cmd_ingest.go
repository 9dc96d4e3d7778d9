package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"github.com/schollz/progressbar/v3"

	"github.com/parley-bot/parley/answer"
)

// progressMin is the smallest batch that gets a progress bar.
const progressMin = 20

func setupIngest(fs *flag.FlagSet) body {
	var builtin bool
	fs.BoolVar(&builtin, "builtin", false, "add the built-in corpus too")
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		if len(args) == 0 && !builtin {
			return usagef("parley ingest: give files, directories or URLs to add (or --builtin)")
		}
		s, err := openStore(ctx, c, o.data, "ingest", false)
		if err != nil {
			return err
		}
		defer s.close(c.log)
		rep := &answer.IngestReport{Failed: []answer.FailedItem{}}
		if builtin {
			if rep, err = s.svc.IngestBuiltin(ctx); err != nil {
				return err
			}
		}
		if len(args) > 0 {
			var opt answer.IngestOptions
			var bar *progressbar.ProgressBar
			if isTerminal(c.stderr) {
				opt.Progress = func(done, total int) {
					if total < progressMin {
						return
					}
					if bar == nil {
						bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(c.stderr),
							progressbar.OptionSetDescription("ingesting"), progressbar.OptionShowCount(),
							progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100e6))
					}
					_ = bar.Set(done)
				}
			}
			more, err := s.svc.Ingest(ctx, args, opt)
			if bar != nil {
				_ = bar.Finish()
			}
			if more != nil {
				rep.Added += more.Added
				rep.Updated += more.Updated
				rep.Unchanged += more.Unchanged
				rep.Failed = append(rep.Failed, more.Failed...)
				rep.Articles = more.Articles
			}
			if err != nil {
				c.print(o, rep)
				return err
			}
		}
		for _, f := range rep.Failed {
			c.log.Warn("skipped", "source", f.Source, "reason", f.Error)
		}
		if err := c.print(o, rep); err != nil {
			return err
		}
		if len(rep.Failed) > 0 {
			return fmt.Errorf("%w: %d of the inputs could not be ingested (listed above); everything else was added", errSilentFailure, len(rep.Failed))
		}
		return nil
	}
}

func setupExtract(fs *flag.FlagSet) body {
	return func(ctx context.Context, c *cli, o *common, args []string) error {
		if len(args) == 0 {
			return usagef("parley extract: give one or more article FILEs")
		}
		failed := 0
		for _, path := range args {
			reps, errs := answer.Extract(path)
			for _, e := range errs {
				failed++
				fmt.Fprintf(c.stderr, "parley: extract: %v\n", e)
			}
			for i := range reps {
				var err error
				switch {
				case o.json && len(args) == 1 && len(reps) == 1:
					err = c.print(o, &reps[i])
				case o.json:
					err = json.NewEncoder(c.stdout).Encode(&reps[i])
				default:
					err = writeText(c.stdout, &reps[i], false)
				}
				if err != nil {
					return err
				}
			}
		}
		if failed > 0 {
			return fmt.Errorf("%w: %d file(s) could not be read", errSilentFailure, failed)
		}
		return nil
	}
}
