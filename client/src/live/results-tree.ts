// The "Postmark Live DNS" tree: records -> servers -> status lines (expected, actual, why), then
// the SPF tree, DMARC report destinations and warnings. Every record and server row opens the
// zone line it checks. DNS-derived text is only ever used as a label (never as markup or a link).
import * as vscode from 'vscode';
import type { LiveDnsLocation, VerifyLiveDnsResult } from '../../../server/src/protocol';
import type { CheckResult, RecordStatus, SpfNode } from '../../../server/src/live/report-types';
import { toRange } from './live-diagnostics';

export const RESULTS_VIEW_ID = 'postmarkZone.liveDnsResults';

type Node = { label: string; description?: string; tooltip?: string; icon?: vscode.ThemeIcon; location?: LiveDnsLocation; children: Node[] };

export class ResultsTree implements vscode.TreeDataProvider<Node> {
  private roots: Node[] = [];
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  show(result: VerifyLiveDnsResult, documentName: string): void {
    this.roots = buildRoots(result, documentName);
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.icon?.id === 'pass' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(node.label, state);
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = node.icon;
    if (node.location) {
      const uri = vscode.Uri.parse(node.location.uri);
      item.command = { command: 'vscode.open', title: 'Show the zone line', arguments: [uri, { selection: toRange(node.location) } satisfies vscode.TextDocumentShowOptions] };
    }
    return item;
  }

  getChildren(node?: Node): Node[] {
    return node ? node.children : this.roots;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function buildRoots(result: VerifyLiveDnsResult, documentName: string): Node[] {
  const report = result.report;
  if (!report) return [{ label: `${documentName}: not verified`, description: result.refused, icon: new vscode.ThemeIcon('error'), children: [] }];
  const roots: Node[] = report.records.map((record, i) => {
    const location = result.recordLocations[i]?.[0];
    return {
      label: `${record.record.name} ${record.record.type}`,
      description: `${record.record.kind}: ${record.status}${record.record.source === 'configuration' ? ' (from the configuration)' : ''}`,
      tooltip: record.detail,
      icon: statusIcon(record.status),
      location,
      children: record.checks.map((check) => checkNode(check, location)),
    };
  });
  for (const tree of report.spf) {
    roots.push({ label: `SPF lookups of ${tree.domain}`, description: `${tree.lookups} lookups, ${tree.voidLookups} void${tree.overLimit ? ': over a limit' : ''}`, tooltip: tree.message, icon: new vscode.ThemeIcon(tree.overLimit ? 'error' : 'pass'), children: [spfNode(tree.root)] });
  }
  for (const check of report.dmarcExternal) {
    roots.push({ label: `DMARC reports to ${check.ruaDomain}`, description: check.status, tooltip: check.detail, icon: new vscode.ThemeIcon(check.status === 'authorized' ? 'pass' : 'warning'), children: [] });
  }
  if (report.warnings.length > 0) {
    roots.push({ label: 'Warnings', description: String(report.warnings.length), icon: new vscode.ThemeIcon('warning'), children: report.warnings.map((w) => ({ label: w, tooltip: w, children: [] })) });
  }
  return roots;
}

function checkNode(check: CheckResult, location: LiveDnsLocation | undefined): Node {
  const children: Node[] = [];
  if (check.detail) children.push({ label: check.detail, tooltip: check.detail, children: [] });
  if (check.status !== 'match') {
    children.push({ label: `expected: ${check.expected.join(' | ') || '(nothing)'}`, tooltip: check.expected.join('\n'), children: [] });
    children.push({ label: `actual: ${check.actual.join(' | ') || '(nothing)'}`, tooltip: check.actual.join('\n'), children: [] });
  }
  const transport = check.viaTcp ? ', over TCP' : '';
  return { label: check.server, description: `${check.status}${transport} (${check.elapsedMs} ms)`, icon: statusIcon(check.status), location, children };
}

function spfNode(node: SpfNode): Node {
  const label = node.via === 'root' ? node.domain : `${node.via}`;
  const description = `${node.status === 'ok' ? '' : `${node.status}, `}${node.lookups} lookup${node.lookups === 1 ? '' : 's'}${node.voidLookups > 0 ? `, ${node.voidLookups} void` : ''}`;
  return { label, description, tooltip: node.detail ?? node.record, icon: node.status === 'ok' ? undefined : new vscode.ThemeIcon('warning'), children: node.children.map(spfNode) };
}

function statusIcon(status: RecordStatus): vscode.ThemeIcon {
  if (status === 'match') return new vscode.ThemeIcon('pass');
  if (status === 'timeout' || status === 'error' || status === 'cancelled') return new vscode.ThemeIcon('warning');
  return new vscode.ThemeIcon('error');
}
