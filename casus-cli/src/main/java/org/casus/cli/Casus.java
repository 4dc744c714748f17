package org.casus.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import org.casus.eval.GoldFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The casus command: sourced facts from conflict news. */
@Command(
    name = "casus",
    mixinStandardHelpOptions = true,
    version = "casus 0.1.0",
    description = "Reads conflict news and extracts sourced facts: events, casualties, materiel, damage.",
    subcommands = {ExtractCommand.class, EvalCommand.class, IngestCommand.class, QueryCommand.class,
        IncidentCommand.class, BenchCommand.class, PlacesCommand.class, AnnotateCommand.class,
        CommandLine.HelpCommand.class})
public final class Casus implements Runnable {
  /** Exit code when some documents failed. */
  static final int SOME_FAILED = 1;
  /** Exit code of a usage error. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cl = new CommandLine(new Casus());
    cl.registerConverter(java.time.LocalDate.class, java.time.LocalDate::parse);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
    cl.setExecutionExceptionHandler((e, command, parsed) -> {
      Optional<String> problem = inputProblem(e);
      if (problem.isEmpty()) {
        throw e;
      }
      command.getErr().println("casus " + command.getCommandName() + ": " + problem.get());
      return USAGE;
    });
    return cl.execute(args);
  }

  /**
   * What is wrong with the input a command was given (a missing file or folder, bad gold), told
   * in one line instead of a stack trace; empty for anything else, which is a bug and keeps its trace.
   */
  static Optional<String> inputProblem(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException f) {
      return Optional.of("no such file or folder: " + f.getFile());
    }
    if (cause instanceof NotDirectoryException f) {
      return Optional.of("not a folder: " + f.getFile());
    }
    if (cause instanceof AccessDeniedException f) {
      return Optional.of("permission denied: " + f.getFile());
    }
    if (cause instanceof GoldFormatException g) {
      return Optional.of(g.getMessage());
    }
    return Optional.empty();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, eval, ingest, query, incident, bench, places, annotate)");
  }
}
