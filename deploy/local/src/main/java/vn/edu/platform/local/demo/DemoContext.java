package vn.edu.platform.local.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a {@link DemoDataLoader} gets.
 *
 * @param gateway the gateway's base URL: loaders call services through it, as any client does
 * @param departmentToken an access token of the demo department administrator ({@code sgd.admin},
 *     organisation unit {@code SGD31}), fetched afresh when asked
 * @param data the generated files
 * @param http the HTTP client to use
 * @param timeout how long one load may take
 * @param progress receives progress lines
 */
public record DemoContext(
    URI gateway,
    Supplier<String> departmentToken,
    DemoDataSet data,
    HttpClient http,
    Duration timeout,
    Consumer<String> progress) {}
