package org.warreport.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warreport.Document;
import org.warreport.corpus.batch.InputItem;
import org.warreport.corpus.batch.InputReader;

/**
 * The documents benchmarks run on: the seed stories when ../shared is beside the project, synthetic ones, and whole
 * real articles (the FA-KES development texts).
 */
final class BenchmarkCorpus {
  /** Where the seeds are looked for; set -Dwarreport.seeds=... to use another JSONL. */
  static final Path SEEDS = Path.of(System.getProperty("warreport.seeds", "../shared/corpus/seeds.jsonl"));

  /** Whole real articles, read at run time (never copied): set -Dwarreport.articles=... to use another JSONL. */
  static final Path REAL_ARTICLES = Path.of(System.getProperty("warreport.articles", "../shared/corpus/dev/fakes.jsonl"));

  private BenchmarkCorpus() {}

  /** The first {@code n} documents of {@link #REAL_ARTICLES}, or none when the file is not there. */
  static List<Document> realArticles(int n) throws IOException {
    return read(REAL_ARTICLES, n);
  }

  /** The first {@code n} documents of a JSONL file, or none when the file is not there. */
  static List<Document> read(Path jsonl, int n) throws IOException {
    List<Document> docs = new ArrayList<>();
    if (Files.isRegularFile(jsonl)) {
      InputReader.read(jsonl.toString(), (InputItem item) -> {
        if (item.document() != null && docs.size() < n) {
          docs.add(item.document());
        }
      });
    }
    return docs;
  }

  static List<Document> seeds() throws IOException {
    List<Document> docs = new ArrayList<>();
    if (Files.isRegularFile(SEEDS)) {
      InputReader.read(SEEDS.toString(), (InputItem item) -> {
        if (item.document() != null) {
          docs.add(item.document());
        }
      });
    }
    return docs;
  }

  /** The seeds followed by {@code synthetic} generated stories (seed 42). */
  static List<Document> documents(int synthetic) throws IOException {
    List<Document> docs = seeds();
    docs.addAll(new StoryGenerator(42).stories(synthetic));
    return docs;
  }
}
