// Builds the Outlook task pane into dist/addin/ (served by the Onus server at /).
//   npm run build   →  webpack --mode production --config webpack.config.js
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyPlugin from 'copy-webpack-plugin';
import { EsbuildPlugin } from 'esbuild-loader';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const assetsDir = path.join(root, 'addin', 'assets');

/** @param {Record<string, unknown>} _env @param {{ mode?: 'production' | 'development' }} argv */
export default (_env, argv) => {
  const production = (argv.mode ?? 'production') === 'production';
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    entry: {
      taskpane: path.join(root, 'addin', 'index.tsx'),
      // The dialog sign-in page (addin/auth/dialogPage.ts): used only where NAA and host SSO are unavailable.
      authDialog: path.join(root, 'addin', 'auth', 'dialogPage.ts'),
    },
    output: {
      path: path.join(root, 'dist', 'addin'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic' },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: path.join(root, 'addin', 'taskpane.html'), filename: 'taskpane.html', chunks: ['taskpane'], inject: 'body', scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ template: path.join(root, 'addin', 'auth-dialog.html'), filename: 'auth-dialog.html', chunks: ['authDialog'], inject: 'body', scriptLoading: 'defer' }),
      // The manifest's SupportUrl: a static page with no script.
      new HtmlWebpackPlugin({ template: path.join(root, 'addin', 'support.html'), filename: 'support.html', chunks: [], inject: false }),
      ...(existsSync(assetsDir) ? [new CopyPlugin({ patterns: [{ from: assetsDir, to: 'assets', globOptions: { ignore: ['**/*.{js,mjs,cjs,ts,md}'] } }] })] : []),
    ],
    optimization: {
      minimizer: [new EsbuildPlugin({ target: 'es2020', legalComments: 'none' })],
    },
    // A task pane loads once per session from the firm's server; the budget is ~500 KB raw.
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 1_000_000, maxAssetSize: 1_000_000 },
    devtool: production ? false : 'eval-cheap-module-source-map',
    stats: 'errors-warnings',
  };
};
