// The preview's browser script: in a VS Code webview and in `journey serve`'s page.
import { detectHost } from './host.js';
import { PreviewApp } from './preview-app.js';

new PreviewApp(window, detectHost(window));
