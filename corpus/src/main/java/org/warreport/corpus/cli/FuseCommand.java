package org.warreport.corpus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warreport.corpus.fusion.FusionRun;
import org.warreport.fusion.IncidentFuser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warreport fuse}: the incidents of many stories fused into the happenings they report. */
@Command(name = "fuse", mixinStandardHelpOptions = true,
    description = {"Fuse the incidents of annotate outputs across documents: one line per happening, with the range "
        + "of each toll across its reports (low, best = the median report, high), every report, whether their "
        + "figures disagree, and the fusion rules that joined them."})
final class FuseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ANNOTATED.jsonl", arity = "1..*", description = "outputs of annotate")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FUSED.jsonl", description = "fused incidents")
  Path output;

  @Option(names = "--csv", paramLabel = "FUSED.csv", description = "also a table of fused incidents, one row each")
  Path csv;

  @Option(names = "--event-days", paramLabel = "N", description = "event days may differ by this many (default: ${DEFAULT-VALUE})")
  int eventDays = IncidentFuser.DEFAULT_EVENT_DAYS;

  @Option(names = "--story-days", paramLabel = "N", description = "story days may differ by this many (default: ${DEFAULT-VALUE})")
  int storyDays = IncidentFuser.DEFAULT_STORY_DAYS;

  @Option(names = "--run-size", paramLabel = "N", hidden = true,
      description = "reports sorted in memory at once before a run goes to disk (default: ${DEFAULT-VALUE})")
  int runSize = 200_000;

  @Override
  public Integer call() throws Exception {
    FusionRun.Summary s = FusionRun.run(inputs, output, csv, new IncidentFuser(eventDays, storyDays), runSize);
    System.err.printf("fuse: %d documents, %d incidents -> %d fused incidents -> %s%s%n", s.documents(), s.reports(),
        s.fused(), output, csv == null ? "" : " and " + csv);
    return 0;
  }
}
