package fr.aiguillage.e2e.support;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A browser test class: one Chromium for its tests, closed after them. */
public abstract class BrowserTest {
  protected static Chromium chromium;
  protected static Browser browser;

  @BeforeAll
  protected static void startChromium() {
    chromium = new Chromium();
    browser = chromium.browser;
  }

  @AfterAll
  protected static void closeChromium() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }
}
