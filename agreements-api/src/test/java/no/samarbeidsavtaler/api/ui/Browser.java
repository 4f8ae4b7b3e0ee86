package no.samarbeidsavtaler.api.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium through the system's ChromeDriver (Debian {@code chromium} and
 * {@code chromium-driver}). Nothing is ever downloaded: driver and browser paths are given, so
 * Selenium Manager never runs. Without Chromium the calling test is skipped with one clear line.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("ui.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("ui.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("ui-chromium-profile");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1440,1400", "--lang=nb-NO");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public static final String SKIPPED = "Browser tests skipped: Chromium not installed "
            + "(apt-get update && apt-get install -y chromium chromium-driver)";

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the calling test (one line, with the install command) when Chromium or ChromeDriver is missing. */
    public static Browser open(String baseUrl) {
        Assumptions.assumeTrue(available(), SKIPPED);
        try {
            return new Browser(baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Clears and types into the input with this id. */
    public Browser type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Sets a date input (value in ISO format) the way a date picker would. */
    public Browser date(String id, String isoDate) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
        return this;
    }

    public Browser select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Clicks a submit button by its visible text and waits for the next page. */
    public Browser submit(String buttonText) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "']"));
        return toNextPage(button::click);
    }

    public Browser clickLink(String linkText) {
        WebElement link = driver.findElement(By.partialLinkText(linkText));
        return toNextPage(link::click);
    }

    /**
     * Marks the current document, acts, and waits until a different document has loaded completely.
     * (Polling an element of the old page for staleness races with the navigation in Chromium.)
     */
    public Browser toNextPage(Runnable action) {
        String marker = UUID.randomUUID().toString();
        driver.executeScript("window.uiPageMarker = arguments[0];", marker);
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return document.readyState === 'complete' && window.uiPageMarker !== arguments[0];", marker)));
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Saves a screenshot as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in through the login form, as a user would. */
    public Browser login(String username) {
        go("/login");
        type("username", username).type("password", "demo");
        return submit("Logg inn");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temp profile is harmless.
            }
        }
    }
}
