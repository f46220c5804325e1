package fr.aiguillage.e2e.support;

import fr.aiguillage.stack.LocalStack;
import fr.aiguillage.stack.StackConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts PostgreSQL, Kafka and Keycloak once per integration-test run (Liberty reads their
 * addresses from stack.xml), and stops them at the end. The tests that talk to the application over
 * HTTP share one Liberty, started here with the WAR once for all of them ({@code
 * aiguillage.test.liberty=true}); the tests that run inside the container let Arquillian start
 * Liberty and deploy the WAR with their own classes.
 */
public class TestStack implements LauncherSessionListener {
  /** Beneficiaries seeded per département for the integration tests. */
  public static final int BENEFICIARIES_PER_TENANT = 40;

  private static LocalStack stack;

  /** The watched folders of the automatic intake, one per département (under target/). */
  public static Path dropDir(StackConfig cfg) {
    return cfg.dataDir().resolve("depots");
  }

  public static LocalStack get() {
    if (stack == null) {
      throw new IllegalStateException(
          "The test stack is started only by failsafe (aiguillage.test.stack=true)");
    }
    return stack;
  }

  @Override
  public synchronized void launcherSessionOpened(LauncherSession session) {
    if (stack != null || !Boolean.getBoolean("aiguillage.test.stack")) {
      return;
    }
    try {
      StackConfig cfg = StackConfig.tests();
      Path otherRealm = Path.of(TestStack.class.getResource("/keycloak/autre-realm.json").toURI());
      stack =
          LocalStack.startServices(
              cfg,
              List.of(otherRealm),
              Map.of(
                  "aiguillage.intake.drop-dir",
                  dropDir(cfg).toString(),
                  "aiguillage.intake.drop-interval-s",
                  "1",
                  "jwt.clock.skew",
                  "1s",
                  "aiguillage.person.rate-limit.requests",
                  "30",
                  "aiguillage.person.rate-limit.window-seconds",
                  "3",
                  "aiguillage.contract.timer-interval-s",
                  "2",
                  "aiguillage.session.timer-interval-s",
                  "2"),
              BENEFICIARIES_PER_TENANT);
      if (Boolean.getBoolean("aiguillage.test.liberty")) {
        stack.startLiberty();
      } else {
        // Arquillian deploys the WAR itself: no copy left by a shared run may start beside it
        stack.removeDroppedWar();
      }
      System.out.println("Test stack ready: " + stack.startMillis);
    } catch (Exception e) {
      throw new IllegalStateException("Test stack did not start", e);
    }
  }

  @Override
  public synchronized void launcherSessionClosed(LauncherSession session) {
    if (stack != null) {
      stack.close();
      stack.removeDroppedWar();
      stack = null;
    }
  }
}
