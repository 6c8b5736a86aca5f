import { AttributeType, DataType, type DataTypeCode, encodeModelProto } from "./onnx-proto";

// IR 8 / opset 17 are well inside what onnxruntime 1.30 accepts and keep ReduceMean's `axes` an attribute.
const IR_VERSION = 8;
const OPSET = 17;
const QUANTIZE_MIN_ELEMENTS = 9;

export type Dim = number | string;
export type Attr = { i: number } | { f: number } | { ints: number[] } | { floats: number[] };

interface ValueInfo {
  name: string;
  type: DataTypeCode;
  dims: Dim[];
}

interface Initializer {
  name: string;
  type: DataTypeCode;
  dims: number[];
  raw: Uint8Array;
  floats?: Float32Array;
}

interface Node {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs: Record<string, Attr>;
}

/** Minimal ONNX graph builder: declare inputs/outputs, add initializers and nodes, encode. */
export class GraphBuilder {
  private readonly inputs: ValueInfo[] = [];
  private readonly outputs: ValueInfo[] = [];
  private readonly initializers: Initializer[] = [];
  private readonly nodes: Node[] = [];
  private counter = 0;

  constructor(private readonly name: string) {}

  input(name: string, type: DataTypeCode, dims: Dim[]): string {
    this.inputs.push({ name, type, dims });
    return name;
  }

  output(name: string, type: DataTypeCode, dims: Dim[]): void {
    this.outputs.push({ name, type, dims });
  }

  float(name: string, dims: number[], values: ArrayLike<number>): string {
    const floats = Float32Array.from(values);
    if (floats.length !== dims.reduce((a, b) => a * b, 1)) throw new Error(`initializer ${name}: size mismatch`);
    const view = new DataView(new ArrayBuffer(floats.length * 4));
    floats.forEach((v, i) => view.setFloat32(i * 4, v, true));
    this.initializers.push({ name, type: DataType.FLOAT, dims, raw: new Uint8Array(view.buffer), floats });
    return name;
  }

  int64(name: string, dims: number[], values: ArrayLike<number>): string {
    const view = new DataView(new ArrayBuffer(values.length * 8));
    Array.from(values).forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
    this.initializers.push({ name, type: DataType.INT64, dims, raw: new Uint8Array(view.buffer) });
    return name;
  }

  /** Adds a node; returns its output name (auto-named unless `output` is given). */
  op(op: string, inputs: string[], attrs: Record<string, Attr> = {}, output?: string): string {
    const out = output ?? `${op.toLowerCase()}_${this.counter++}`;
    this.nodes.push({ op, inputs, outputs: [out], attrs });
    return out;
  }

  /** fp32 graph, or the same graph with large weights stored as uint8 + DequantizeLinear (weight-only q8). */
  encode(options: { quantized: boolean }): Uint8Array {
    const initializers: Initializer[] = [];
    const dequantize: Node[] = [];
    for (const init of this.initializers) {
      if (options.quantized && init.floats && init.floats.length >= QUANTIZE_MIN_ELEMENTS) {
        const q = quantizeUint8(init.floats);
        initializers.push(
          { name: `${init.name}_quantized`, type: DataType.UINT8, dims: init.dims, raw: q.values },
          floatScalar(`${init.name}_scale`, q.scale),
          { name: `${init.name}_zero_point`, type: DataType.UINT8, dims: [], raw: Uint8Array.of(q.zeroPoint) },
        );
        dequantize.push({
          op: "DequantizeLinear",
          inputs: [`${init.name}_quantized`, `${init.name}_scale`, `${init.name}_zero_point`],
          outputs: [init.name],
          attrs: {},
        });
      } else {
        initializers.push(init);
      }
    }
    return encodeModelProto({
      ir_version: IR_VERSION,
      producer_name: "lumen-tiny",
      producer_version: "1",
      opset_import: [{ domain: "", version: OPSET }],
      graph: {
        name: this.name,
        node: [...dequantize, ...this.nodes].map(nodeProto),
        initializer: initializers.map((t) => ({ name: t.name, data_type: t.type, dims: t.dims, raw_data: t.raw })),
        input: this.inputs.map(valueInfoProto),
        output: this.outputs.map(valueInfoProto),
      },
    });
  }
}

function floatScalar(name: string, value: number): Initializer {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, value, true);
  return { name, type: DataType.FLOAT, dims: [], raw: new Uint8Array(view.buffer) };
}

function quantizeUint8(values: Float32Array): { values: Uint8Array; scale: number; zeroPoint: number } {
  const maxAbs = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const scale = maxAbs > 0 ? maxAbs / 127 : 1;
  const zeroPoint = 128;
  const out = new Uint8Array(values.length);
  values.forEach((v, i) => (out[i] = Math.min(255, Math.max(0, Math.round(v / scale) + zeroPoint))));
  return { values: out, scale, zeroPoint };
}

function nodeProto(node: Node, index: number): Record<string, unknown> {
  return {
    name: `${node.op}_${index}`,
    op_type: node.op,
    input: node.inputs,
    output: node.outputs,
    attribute: Object.entries(node.attrs).map(([name, attr]) => attributeProto(name, attr)),
  };
}

function attributeProto(name: string, attr: Attr): Record<string, unknown> {
  if ("i" in attr) return { name, type: AttributeType.INT, i: attr.i };
  if ("f" in attr) return { name, type: AttributeType.FLOAT, f: attr.f };
  if ("ints" in attr) return { name, type: AttributeType.INTS, ints: attr.ints };
  return { name, type: AttributeType.FLOATS, floats: attr.floats };
}

function valueInfoProto(info: ValueInfo): Record<string, unknown> {
  return {
    name: info.name,
    type: {
      tensor_type: {
        elem_type: info.type,
        shape: { dim: info.dims.map((d) => (typeof d === "number" ? { dim_value: d } : { dim_param: d })) },
      },
    },
  };
}

export { DataType };
