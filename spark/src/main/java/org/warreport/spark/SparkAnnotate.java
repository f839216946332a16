package org.warreport.spark;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.warreport.corpus.cli.RulesOption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job's command line: {@code spark-submit --class org.warreport.spark.SparkAnnotate warreport.jar INPUT -o
 * OUT} on a cluster, or run on this machine in local mode ({@code --master local[2]}, the default outside
 * spark-submit).
 */
@Command(name = "warreport-spark", mixinStandardHelpOptions = true, version = "warreport 0.1.0",
    description = "Extract events with Apache Spark: JSONL ({\"id\",\"text\",\"date\"}) or Parquet in; under OUT, "
        + "documents/ (JSONL, as annotate writes), outcomes/ and incidents/ (Parquet, the CSV export's columns), "
        + "errors/ (Parquet).")
public final class SparkAnnotate implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT", description = "a JSONL or Parquet file, or a folder of them")
  String input;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "output folder (must not exist)")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: spark-submit's, else local[2], this machine's two cores)")
  String master;

  @Option(names = "--format", defaultValue = "AUTO", description = "AUTO, JSONL or PARQUET (default: ${DEFAULT-VALUE}: "
      + "names ending in .parquet are Parquet)")
  SparkExtraction.Format format;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "partitions of the documents (default: eight per core, at most 2,000 documents each)")
  int partitions;

  @Option(names = "--overwrite", description = "replace the output folder if it exists")
  boolean overwrite;

  @Option(names = "--max-seconds", defaultValue = "120", paramLabel = "S",
      description = "a document taking longer is stopped and written as an error line (default: ${DEFAULT-VALUE})")
  long maxSeconds;

  @Option(names = "--every-sentence", description = "give every sentence NER and the parse, as plain CoreNLP does")
  boolean everySentence;

  @Option(names = "--sutime", description = "run CoreNLP's SUTime in NER")
  boolean sutime;

  @Mixin
  RulesOption rules = new RulesOption();

  @Override
  public Integer call() throws Exception {
    JobSettings settings = new JobSettings(rules.rulesDir() == null ? null : rules.rulesDir().toString(),
        rules.geonames() == null ? null : rules.geonames().toString(), rules.checksExamples(), everySentence, sutime,
        Duration.ofSeconds(maxSeconds).toMillis());
    SparkSession.Builder b = SparkSession.builder().appName("warreport annotate");
    if (master != null) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[2]");
    }
    SparkSession spark = b.getOrCreate();
    try {
      long start = System.nanoTime();
      SparkExtraction.Summary s = new SparkExtraction(spark, settings).format(format).partitions(partitions)
          .overwrite(overwrite).run(input, out);
      System.err.printf("warreport-spark: %d documents (%d errors), %d outcome rows, %d incident rows -> %s (%.1f s)%n",
          s.documents(), s.errors(), s.outcomes(), s.incidents(), out, (System.nanoTime() - start) / 1e9);
    } finally {
      spark.stop();
    }
    return 0;
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkAnnotate()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof org.warreport.RuleFileException || e instanceof java.io.IOException
          || e instanceof IllegalArgumentException) {
        cmd.getErr().println("warreport-spark: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    System.exit(cli.execute(args));
  }
}
