package org.warreport.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.warreport.RuleFileException;

/** Where a rule set's files come from: a directory a caller names, or a classpath folder (the bundled set). */
public interface RuleResources {
  /** The file that lists, one per line, the rule files and lexicons of the set, in load order. */
  String INDEX = "index.txt";

  /** How a file of this set is named in messages ("rules/casualty.rules"). */
  String describe(String file);

  /** The lines of one file; a missing file is refused with the index line that names it. */
  List<String> lines(String file, int indexLine);

  /** The bytes of one file; a missing file is refused with the index line that names it. The caller closes it. */
  InputStream open(String file, int indexLine);

  /**
   * The rule and lexicon files present in the set's folder, where it can be listed (a directory), so that a file
   * missing from the index is refused rather than silently ignored; empty where it cannot (the classpath).
   */
  default List<String> present() {
    return List.of();
  }

  /**
   * A file's lines, decoded as strict UTF-8 line by line, so that a byte that is not UTF-8 is refused with its line
   * and column; a byte-order mark at the start is passed over.
   */
  static List<String> decodeLines(String file, byte[] bytes) {
    List<String> lines = new java.util.ArrayList<>();
    int start = 0;
    int lineNo = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNo++;
      int len = end > start && bytes[end - 1] == '\r' ? end - start - 1 : end - start;
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, start, len);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(len);
      java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
      if (r.isError()) {
        throw new RuleFileException(file, lineNo, String.format("not UTF-8 text: byte 0x%02X at column %d",
            bytes[in.position()] & 0xFF, out.position() + 1));
      }
      String line = out.flip().toString();
      lines.add(lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
      start = end + 1;
    }
    return lines;
  }

  static RuleResources directory(Path dir) {
    return new RuleResources() {
      @Override
      public List<String> present() {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
          return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".rules") || n.endsWith(".tsv") || n.endsWith(".tsv.gz")).sorted().toList();
        } catch (IOException e) {
          throw new RuleFileException(dir.toString(), 0, "cannot list: " + e.getMessage(), e);
        }
      }

      @Override
      public String describe(String file) {
        return dir.resolve(file).toString();
      }

      @Override
      public InputStream open(String file, int indexLine) {
        Path p = dir.resolve(file);
        if (!Files.isRegularFile(p)) {
          throw new RuleFileException(describe(INDEX), indexLine, "no such file: " + p);
        }
        try {
          return Files.newInputStream(p);
        } catch (IOException e) {
          throw new RuleFileException(describe(file), 0, "cannot read: " + e.getMessage(), e);
        }
      }

      @Override
      public List<String> lines(String file, int indexLine) {
        Path p = dir.resolve(file);
        if (!Files.isRegularFile(p)) {
          throw new RuleFileException(describe(INDEX), indexLine, "no such file: " + p);
        }
        try {
          return decodeLines(describe(file), Files.readAllBytes(p));
        } catch (IOException e) {
          throw new RuleFileException(describe(file), 0, "cannot read: " + e.getMessage(), e);
        }
      }
    };
  }

  static RuleResources classpath(String folder, ClassLoader loader) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return new RuleResources() {
      @Override
      public String describe(String file) {
        return "classpath:" + prefix + file;
      }

      @Override
      public InputStream open(String file, int indexLine) {
        InputStream in = loader.getResourceAsStream(prefix + file);
        if (in == null) {
          throw new RuleFileException(describe(INDEX), indexLine, "no such resource: " + prefix + file);
        }
        return in;
      }

      @Override
      public List<String> lines(String file, int indexLine) {
        InputStream in = loader.getResourceAsStream(prefix + file);
        if (in == null) {
          throw new RuleFileException(describe(INDEX), indexLine, "no such resource: " + prefix + file);
        }
        try (in) {
          return decodeLines(describe(file), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
