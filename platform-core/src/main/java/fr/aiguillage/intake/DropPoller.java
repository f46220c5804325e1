package fr.aiguillage.intake;

import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.BackgroundRequest;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Periodic;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.tenancy.TenantRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The automatic intake from watched folders: with {@code aiguillage.intake.drop-dir} set, each
 * département of table {@code tenant} gets {@code <drop-dir>/<code>/} (created at start-up), and
 * every {@code aiguillage.intake.drop-interval-s} the files ready there are claimed and imported
 * with nobody clicking, as {@value #ACTOR} of that folder's département: the tenant comes from the
 * folder, never from the file. A folder named after no département is left alone (logged).
 */
@ApplicationScoped
public class DropPoller {
  static final String ACTOR = "depot-automatique";
  private static final Logger LOG = Logger.getLogger(DropPoller.class.getName());
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject TenantRepository tenants;
  @Inject BackgroundRequest background;
  @Inject CurrentCaller caller;
  @Inject ImportJob job;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.intake.drop-dir")
  Optional<String> dropDir;

  @Inject
  @ConfigProperty(name = "aiguillage.intake.drop-interval-s", defaultValue = "60")
  long intervalSeconds;

  private final Map<String, DropFolder> folders = new ConcurrentHashMap<>();
  private final Set<String> unknownLogged = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> task;

  void start(@Observes @Priority(330) @Initialized(ApplicationScoped.class) Object ignored) {
    Optional<Path> root = root();
    if (root.isEmpty()) {
      LOG.info("Automatic intake off (aiguillage.intake.drop-dir is not set)");
      return;
    }
    try {
      background.run(this::prepareFolders);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Drop folders under " + root.get() + " not ready yet", e);
    }
    LOG.info("Automatic intake: watching " + root.get() + " every " + intervalSeconds + " s");
    task = Periodic.every(scheduler, intervalSeconds, this::poll, LOG);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** One look at every département's folder; returns how many files were imported or refused. */
  public int poll() {
    if (root().isEmpty()) {
      return 0;
    }
    background.run(this::prepareFolders);
    logUnknownFolders();
    int handled = 0;
    for (Map.Entry<String, DropFolder> f : folders.entrySet()) {
      for (Path file : f.getValue().ready()) {
        Optional<DropFolder.Claimed> claimed = f.getValue().claim(file);
        if (claimed.isPresent()) {
          importClaimed(TenantCode.of(f.getKey()), f.getValue(), claimed.get());
          handled++;
        }
      }
    }
    return handled;
  }

  private void prepareFolders() {
    Path root = root().orElseThrow();
    for (Tenant t : tenants.findAll()) {
      String code = t.code().value();
      if (!folders.containsKey(code) || !Files.isDirectory(root.resolve(code), NOFOLLOW)) {
        folders.put(code, DropFolder.prepare(root, code));
      }
    }
  }

  private void importClaimed(TenantCode tenant, DropFolder folder, DropFolder.Claimed file) {
    String name = Text.printable(file.name(), 255);
    try {
      ImportRunDetails run =
          background.call(
              () -> {
                caller.actAs(
                    new Caller(
                        ACTOR, Optional.of(tenant), Optional.empty(), Set.of(Roles.FLOW_SENDER)));
                return job.importFile(file.path(), name, ImportOrigin.DROP);
              });
      if (run.status() == ImportRun.Status.DONE) {
        folder.done(file, run.startedAt());
      } else {
        folder.refuse(file, run.startedAt(), run.failure());
      }
      LOG.info("Drop " + tenant.value() + "/" + name + ": run " + run.id() + " " + run.status());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Drop " + tenant.value() + "/" + name + " could not be imported", e);
      folder.refuse(
          file,
          clock.instant(),
          "Le fichier n'a pas pu être importé à cause d'une erreur technique, consignée dans le"
              + " journal du serveur. Déposez-le de nouveau une fois l'erreur corrigée.");
    }
  }

  private void logUnknownFolders() {
    Path root = root().orElseThrow();
    Set<String> names = new HashSet<>();
    try (Stream<Path> entries = Files.list(root)) {
      entries.forEach(p -> names.add(p.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.removeAll(folders.keySet());
    for (String n : names) {
      if (unknownLogged.add(n)) {
        LOG.warning(
            "Drop folder "
                + root.resolve(Text.printable(n, 100))
                + " is named after no département: its files are left alone");
      }
    }
  }

  private Optional<Path> root() {
    return dropDir
        .map(String::strip)
        .filter(d -> !d.isEmpty())
        .map(d -> Path.of(d).toAbsolutePath().normalize());
  }
}
