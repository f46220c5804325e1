package fr.aiguillage.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts PostgreSQL, Kafka and Keycloak once per integration-test run, before Arquillian starts
 * Liberty (Liberty reads their addresses from stack.xml), and stops them at the end.
 */
public class TestStack implements LauncherSessionListener {
  /** Beneficiaries seeded per département for the integration tests. */
  public static final int BENEFICIARIES_PER_TENANT = 40;

  private static LocalStack stack;

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
                  "jwt.clock.skew",
                  "1s",
                  "aiguillage.person.rate-limit.requests",
                  "30",
                  "aiguillage.person.rate-limit.window-seconds",
                  "3"),
              BENEFICIARIES_PER_TENANT);
      System.out.println("Test stack ready: " + stack.startMillis);
    } catch (Exception e) {
      throw new IllegalStateException("Test stack did not start", e);
    }
  }

  @Override
  public synchronized void launcherSessionClosed(LauncherSession session) {
    if (stack != null) {
      stack.close();
      stack = null;
    }
  }
}
