package dk.aarhus.sistercities.ops;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the insecure production settings as the reason the site did not start, without a stack trace. */
class InsecureSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettings.InsecureSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettings.InsecureSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Change the settings listed above (or their environment variables) and start again.", cause);
    }
}
