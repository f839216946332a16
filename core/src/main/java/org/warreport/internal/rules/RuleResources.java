package org.warreport.internal.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

  static RuleResources directory(Path dir) {
    return new RuleResources() {
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
          return Files.readAllLines(p, StandardCharsets.UTF_8);
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
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          return r.lines().toList();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
