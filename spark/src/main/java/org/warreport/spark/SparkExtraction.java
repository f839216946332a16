package org.warreport.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.warreport.corpus.batch.DocumentLines;
import org.warreport.corpus.batch.InputItem;
import org.warreport.corpus.batch.InputReader;
import org.warreport.corpus.export.CsvExport;
import scala.Tuple2;

/**
 * The batch annotation as a Spark job: documents in (JSONL of {@code {"id", "text", "date"}}, or Parquet with those
 * columns), read exactly as {@code annotate} reads them; each partition extracted by its executor's one extractor
 * ({@link ExecutorLines}); out, through Spark's writers and so its commit protocol (a retried task leaves no duplicate
 * and no gap), four folders under the output: {@code documents} (JSONL, the lines {@code annotate} writes, error lines
 * included), {@code outcomes} and {@code incidents} (Parquet, the CSV export's columns), {@code errors} (Parquet,
 * {@code doc_id} and {@code error}). The tables are made from the committed JSONL, as {@code --csv} is from the
 * output, so they agree with it whatever was retried.
 */
public final class SparkExtraction {
  /** The input's format; {@code AUTO} takes a name ending in {@code .parquet}, or a folder of such files, as Parquet. */
  public enum Format { AUTO, JSONL, PARQUET }

  /** What a run wrote: document lines (of them, error lines), outcome rows and incident rows. */
  public record Summary(long documents, long errors, long outcomes, long incidents) {}

  public static final String DOCUMENTS = "documents";
  public static final String OUTCOMES = "outcomes";
  public static final String INCIDENTS = "incidents";
  public static final String ERRORS = "errors";
  /** Documents per partition, at most, when the number of partitions is left to the job. */
  static final int DOCUMENTS_PER_PARTITION = 2_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final JobSettings settings;
  private Format format = Format.AUTO;
  private int partitions;
  private boolean overwrite;
  private DocumentHook hook = DocumentHook.NONE;

  public SparkExtraction(SparkSession spark, JobSettings settings) {
    this.spark = java.util.Objects.requireNonNull(spark, "spark");
    this.settings = java.util.Objects.requireNonNull(settings, "settings");
  }

  public SparkExtraction format(Format format) {
    this.format = format;
    return this;
  }

  /** How many partitions the documents are spread over (0, the default: eight per core, so that
   * the last tasks leave little idle, and at most 2,000 documents each). */
  public SparkExtraction partitions(int partitions) {
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (chosen by the job) or more, was " + partitions);
    }
    this.partitions = partitions;
    return this;
  }

  /** Replace an output folder that exists (default false: refuse it, so that no earlier run's output is mixed in). */
  public SparkExtraction overwrite(boolean overwrite) {
    this.overwrite = overwrite;
    return this;
  }

  /** Called before each document in the tasks; tests use it to fail a task. */
  public SparkExtraction hook(DocumentHook hook) {
    this.hook = java.util.Objects.requireNonNull(hook, "hook");
    return this;
  }

  /** Extracts {@code input} (a file or a folder of files) into the folder {@code out}. */
  public Summary run(String input, String out) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(out);
    FileSystem outFs = outPath.getFileSystem(jsc.hadoopConfiguration());
    if (!overwrite && outFs.exists(outPath)) {
      throw new IOException(out + " exists: write to a new folder, or give --overwrite to replace it");
    }
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    // read once: the pass over the ids, the count and the extraction all go over the records
    JavaRDD<RawRecord> records = read(jsc, input).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

    // A second document under an id already read becomes an error line naming the first, as in the local batch
    Map<String, String> firstUse = new HashMap<>(records.flatMapToPair(SparkExtraction::uses)
        .reduceByKey(Use::and).filter(u -> u._2().count() > 1).mapValues(Use::where).collectAsMap());
    Broadcast<Map<String, String>> duplicated = jsc.broadcast(firstUse);

    long count = records.count();
    int n = partitions > 0 ? partitions
        : (int) Math.max(8L * jsc.defaultParallelism(), (count + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION);
    // keyed by place in the input: the same documents land in the same partition whenever a stage is run again
    JavaRDD<RawRecord> spread = records.mapToPair(r -> new Tuple2<>(r.key(), r))
        .partitionBy(new HashPartitioner(n)).values();
    JavaRDD<String> lines = spread.mapPartitions(new ExtractPartition(settings, duplicated, hook));
    spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(mode).text(out + "/" + DOCUMENTS);

    Dataset<String> written = spark.read().textFile(out + "/" + DOCUMENTS);
    written.flatMap((FlatMapFunction<String, Row>) line -> rows(line, CsvExport.OUTCOME_TABLE),
        Encoders.row(Tables.OUTCOMES)).write().mode(mode).parquet(out + "/" + OUTCOMES);
    written.flatMap((FlatMapFunction<String, Row>) line -> rows(line, CsvExport.INCIDENT_TABLE),
        Encoders.row(Tables.INCIDENTS)).write().mode(mode).parquet(out + "/" + INCIDENTS);
    written.flatMap((FlatMapFunction<String, Row>) SparkExtraction::errorRow, Encoders.row(Tables.ERRORS))
        .write().mode(mode).parquet(out + "/" + ERRORS);
    records.unpersist();
    return new Summary(written.count(), spark.read().parquet(out + "/" + ERRORS).count(),
        spark.read().parquet(out + "/" + OUTCOMES).count(), spark.read().parquet(out + "/" + INCIDENTS).count());
  }

  /** One line of a JSONL input, or one row of a table turned into a JSON object; numbered from 1 in its file. */
  record RawRecord(String name, int file, long number, byte[] bytes, boolean tableRow) implements Serializable {
    long key() {
      return ((long) file << 40) | number;
    }

    /** The documents it holds, read as {@code annotate} reads them. */
    List<InputItem> items() {
      List<InputItem> items = new ArrayList<>(1);
      if (tableRow) {
        try {
          items.add(InputReader.item(JSON.readTree(bytes), name + " row " + number));
        } catch (IOException e) {
          throw new UncheckedIOException(e);   // never: the bytes are an object this job wrote
        }
      } else {
        InputReader.readJsonLine(name, number, bytes, items::add);
      }
      return items;
    }
  }

  /** An id's uses: how many, and where the first in reading order (file, line, place on the line) was. */
  record Use(int file, long number, int k, String where, long count) implements Serializable {
    Use and(Use o) {
      boolean mine = file != o.file ? file < o.file : number != o.number ? number < o.number : k < o.k;
      Use first = mine ? this : o;
      return new Use(first.file, first.number, first.k, first.where, count + o.count);
    }
  }

  private static Iterator<Tuple2<String, Use>> uses(RawRecord r) {
    List<Tuple2<String, Use>> out = new ArrayList<>();
    List<InputItem> items = r.items();
    for (int k = 0; k < items.size(); k++) {
      out.add(new Tuple2<>(items.get(k).id(), new Use(r.file(), r.number(), k, items.get(k).where(), 1)));
    }
    return out.iterator();
  }

  private JavaRDD<RawRecord> read(JavaSparkContext jsc, String input) throws IOException {
    Format f = format;
    List<String> files = files(jsc.hadoopConfiguration(), input);
    if (f == Format.AUTO) {
      f = !files.isEmpty() && files.stream().allMatch(p -> p.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet"))
          ? Format.PARQUET : Format.JSONL;
    }
    if (f == Format.PARQUET) {
      return table(input);
    }
    Configuration conf = new Configuration(jsc.hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n");   // as annotate reads: a carriage return stays in its line
    JavaRDD<RawRecord> all = null;
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      String name = files.size() == 1 && file.equals(qualified(jsc.hadoopConfiguration(), input)) ? input : file;
      int index = i;
      JavaRDD<RawRecord> lines = jsc.newAPIHadoopFile(file, TextInputFormat.class, LongWritable.class, Text.class, conf)
          .map(t -> Arrays.copyOf(t._2().getBytes(), t._2().getLength()))   // Hadoop reuses its Text
          .zipWithIndex()
          .map(t -> new RawRecord(name, index, t._2() + 1, t._1(), false));
      all = all == null ? lines : all.union(lines);
    }
    if (all == null) {
      throw new IOException("no input files in " + input);
    }
    return all;
  }

  private JavaRDD<RawRecord> table(String input) {
    Dataset<Row> df = spark.read().parquet(input);
    List<String> columns = Arrays.asList(df.columns());
    org.apache.spark.sql.Column none = functions.lit(null).cast("string");
    Dataset<Row> docs = df.select(
        columns.contains("id") ? functions.col("id").cast("string") : none,
        columns.contains("text") ? functions.col("text").cast("string") : none,
        columns.contains("date") ? functions.col("date").cast("string") : none);
    return docs.javaRDD().zipWithIndex().map(t -> {
      ObjectNode o = JSON.createObjectNode();
      Row r = t._1();
      if (!r.isNullAt(0)) {
        o.put("id", r.getString(0));
      }
      if (!r.isNullAt(1)) {
        o.put("text", r.getString(1));
      }
      if (!r.isNullAt(2)) {
        o.put("date", r.getString(2));
      }
      return new RawRecord(input, 0, t._2() + 1, JSON.writeValueAsBytes(o), true);
    });
  }

  private static String qualified(Configuration conf, String input) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
    return p.getFileSystem(conf).makeQualified(p).toString();
  }

  /** The files of {@code input}: itself, or the files under it (not Spark's own, whose names begin with _ or .). */
  private static List<String> files(Configuration conf, String input) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
    FileSystem fs = p.getFileSystem(conf);
    FileStatus status = fs.getFileStatus(p);
    List<String> files = new ArrayList<>();
    if (!status.isDirectory()) {
      files.add(fs.makeQualified(p).toString());
      return files;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String name = f.getPath().getName();
      if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
        files.add(f.getPath().toString());
      }
    }
    Collections.sort(files);
    return files;
  }

  private static Iterator<Row> rows(String line, List<CsvExport.Column> table) throws IOException {
    JsonNode doc = JSON.readTree(line);
    if (doc.has("error")) {
      return Collections.emptyIterator();
    }
    List<List<String>> cells = table.equals(CsvExport.OUTCOME_TABLE) ? CsvExport.outcomeRows(doc) : CsvExport.incidentRows(doc);
    return cells.stream().map(c -> Tables.row(table, c)).iterator();
  }

  private static Iterator<Row> errorRow(String line) throws IOException {
    JsonNode doc = JSON.readTree(line);
    return doc.has("error")
        ? List.of(RowFactory.create(doc.path("doc_id").asText(null), doc.get("error").asText())).iterator()
        : Collections.emptyIterator();
  }

  /** Turns a partition's records into their lines, lazily, with the executor's one extractor. */
  private static final class ExtractPartition implements FlatMapFunction<Iterator<RawRecord>, String> {
    private final JobSettings settings;
    private final Broadcast<Map<String, String>> duplicated;
    private final DocumentHook hook;

    ExtractPartition(JobSettings settings, Broadcast<Map<String, String>> duplicated, DocumentHook hook) {
      this.settings = settings;
      this.duplicated = duplicated;
      this.hook = hook;
    }

    @Override
    public Iterator<String> call(Iterator<RawRecord> records) {
      DocumentLines lines = ExecutorLines.get(settings);
      Map<String, String> firstUse = duplicated.value();
      return new Iterator<>() {
        private final Deque<InputItem> pending = new ArrayDeque<>();

        @Override
        public boolean hasNext() {
          while (pending.isEmpty() && records.hasNext()) {
            pending.addAll(records.next().items());
          }
          return !pending.isEmpty();
        }

        @Override
        public String next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          InputItem item = pending.removeFirst();
          String first = firstUse.get(item.id());
          if (first != null && !first.equals(item.where())) {
            item = InputItem.duplicate(item, first);
          }
          hook.beforeDocument(item.id());
          return lines.lineFor(item).json();
        }
      };
    }
  }
}
