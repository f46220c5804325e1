package fr.aiguillage.intake;

import fr.aiguillage.shared.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One département's watched folder, {@code <drop-dir>/<tenant code>/}: files are dropped there,
 * claimed into {@code en-cours/}, and end in {@code traites/} or in {@code refuses/} with a {@code
 * .erreur.txt} saying why. Only regular files count (never a link, a folder, a hidden or partial
 * file), and only once their size and modification time have not changed between two looks, so that
 * a file still being copied is left for later. A file is claimed by one atomic rename: when several
 * servers watch the same folder, one rename wins and the others find the file gone.
 */
public final class DropFolder {
  static final String CLAIMED = "en-cours";
  static final String DONE = "traites";
  static final String REFUSED = "refuses";
  static final String ERROR_SUFFIX = ".erreur.txt";

  /** Names kept under the claim's and the timestamp's prefixes (a file name has 255 bytes). */
  private static final int KEPT_NAME = 180;

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  /** A file claimed: where it now is, and the name it was dropped with. */
  public record Claimed(Path path, String name) {}

  private record Seen(long size, FileTime modified) {}

  private final Path dir;
  private Map<Path, Seen> lastLook = Map.of();

  private DropFolder(Path dir) {
    this.dir = dir;
  }

  /**
   * The folder {@code <root>/<name>/} and its three sub-folders, created if missing; refused if any
   * of them is a symbolic link or not a folder.
   */
  public static DropFolder prepare(Path root, String name) {
    if (!safeName(name)) {
      throw new IllegalArgumentException("not a folder name: " + name);
    }
    Path dir = root.resolve(name);
    for (Path p : List.of(dir, dir.resolve(CLAIMED), dir.resolve(DONE), dir.resolve(REFUSED))) {
      try {
        if (!Files.exists(p, NOFOLLOW)) {
          Files.createDirectories(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!Files.isDirectory(p, NOFOLLOW)) {
        throw new IllegalStateException(p + " is not a folder (a link is never followed)");
      }
    }
    return new DropFolder(dir);
  }

  public Path dir() {
    return dir;
  }

  /**
   * The files ready to take, in name order: regular files not ignored by name whose size and
   * modification time are those of the previous look (a file seen for the first time waits for the
   * next one).
   */
  public List<Path> ready() {
    Map<Path, Seen> now = new HashMap<>();
    List<Path> ready = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.sorted().toList()) {
        if (ignored(p.getFileName().toString())) {
          continue;
        }
        Optional<BasicFileAttributes> a = attributes(p);
        if (a.isEmpty() || !a.get().isRegularFile()) {
          continue;
        }
        Seen seen = new Seen(a.get().size(), a.get().lastModifiedTime());
        now.put(p, seen);
        if (seen.equals(lastLook.get(p))) {
          ready.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lastLook = now;
    return ready;
  }

  /** Hidden files, files still being written ({@code .part}, {@code .tmp}) and odd names. */
  static boolean ignored(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return name.startsWith(".") || n.endsWith(".part") || n.endsWith(".tmp") || !safeName(name);
  }

  /** A plain name of one path element: no separator, no "." or "..", no control character. */
  static boolean safeName(String name) {
    return !name.isEmpty()
        && !name.equals(".")
        && !name.equals("..")
        && name.indexOf('/') < 0
        && name.indexOf('\\') < 0
        && !Text.hasControlCharacter(name, false);
  }

  /**
   * Takes the file by renaming it into {@code en-cours/} under a name of its own; empty when it is
   * no longer there (another server took it) or is no longer a regular file.
   */
  public Optional<Claimed> claim(Path file) {
    if (!file.getParent().equals(dir)) {
      throw new IllegalArgumentException(file + " is not in " + dir);
    }
    String name = file.getFileName().toString();
    if (ignored(name) || attributes(file).map(a -> !a.isRegularFile()).orElse(true)) {
      return Optional.empty();
    }
    Path target =
        dir.resolve(CLAIMED)
            .resolve(UUID.randomUUID().toString().substring(0, 8) + "_" + kept(name));
    try {
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException takenByAnother) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Claimed claimed = new Claimed(target, name);
    if (attributes(target).map(a -> !a.isRegularFile()).orElse(true)) {
      // swapped for a link between the look and the rename: never read through it
      refuse(claimed, Instant.now(), "Ce n'est pas un fichier ordinaire (lien ou dossier).");
      return Optional.empty();
    }
    return Optional.of(claimed);
  }

  /** Moves an imported file into {@code traites/}, its name prefixed by the run's time. */
  public Path done(Claimed c, Instant runAt) {
    return moveOut(c, DONE, runAt);
  }

  /**
   * Moves a refused file into {@code refuses/}, its name prefixed by the time, with {@code
   * <name>.erreur.txt} beside it saying why.
   */
  public Path refuse(Claimed c, Instant at, String reason) {
    Path moved = moveOut(c, REFUSED, at);
    try {
      Files.writeString(
          moved.resolveSibling(moved.getFileName() + ERROR_SUFFIX),
          "Fichier « " + Text.printable(c.name(), KEPT_NAME) + " » refusé.\n" + reason + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return moved;
  }

  private Path moveOut(Claimed c, String folder, Instant at) {
    String name = STAMP.format(at) + "_" + kept(c.name());
    Path target = dir.resolve(folder).resolve(name);
    try {
      try {
        return Files.move(c.path(), target);
      } catch (FileAlreadyExistsException sameSecond) {
        return Files.move(
            c.path(), target.resolveSibling(STAMP.format(at) + "_" + c.path().getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String kept(String name) {
    return name.length() <= KEPT_NAME ? name : name.substring(name.length() - KEPT_NAME);
  }

  private static Optional<BasicFileAttributes> attributes(Path p) {
    try {
      return Optional.of(Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW));
    } catch (IOException gone) {
      return Optional.empty();
    }
  }
}
