package org.warreport.corpus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warreport} command line: annotate a corpus, evaluate an output against gold, fuse outputs. */
@Command(name = "warreport", mixinStandardHelpOptions = true, version = "warreport 0.1.0",
    description = "Reads war reporting and turns it into conflict-event data.",
    subcommands = {AnnotateCommand.class, EvaluateCommand.class, CompareCommand.class, ExplainCommand.class,
        FuseCommand.class})
public final class Main implements Runnable {
  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    // Mistakes in rules or inputs are the user's to fix: say what and where, without a stack trace.
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof org.warreport.RuleFileException || e instanceof java.io.IOException
          || e instanceof IllegalArgumentException) {
        cmd.getErr().println("warreport: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    System.exit(cli.execute(args));
  }
}
