export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: "12"
  }
  public: {
    Tables: {
      alerts: {
        Row: {
          acknowledged_at: string | null
          acknowledged_by: string | null
          batch_id: string | null
          details: NonNullable<Json>
          id: string
          kind: string
          product_id: string
          raised_at: string
          resolved_at: string | null
          status: string
          warehouse_id: string | null
        }
        Insert: {
          acknowledged_at?: string | null
          acknowledged_by?: string | null
          batch_id?: string | null
          details?: NonNullable<Json>
          id?: string
          kind: string
          product_id: string
          raised_at?: string
          resolved_at?: string | null
          status?: string
          warehouse_id?: string | null
        }
        Update: {
          acknowledged_at?: string | null
          acknowledged_by?: string | null
          batch_id?: string | null
          details?: NonNullable<Json>
          id?: string
          kind?: string
          product_id?: string
          raised_at?: string
          resolved_at?: string | null
          status?: string
          warehouse_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "alerts_acknowledged_by_fkey"
            columns: ["acknowledged_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "alerts_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batch_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "alerts_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "alerts_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "alerts_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      audit_log: {
        Row: {
          action: string
          changed_at: string
          changed_by: string | null
          id: number
          new_data: Json | null
          old_data: Json | null
          row_id: string | null
          table_name: string
        }
        Insert: {
          action: string
          changed_at?: string
          changed_by?: string | null
          id?: never
          new_data?: Json | null
          old_data?: Json | null
          row_id?: string | null
          table_name: string
        }
        Update: {
          action?: string
          changed_at?: string
          changed_by?: string | null
          id?: never
          new_data?: Json | null
          old_data?: Json | null
          row_id?: string | null
          table_name?: string
        }
        Relationships: []
      }
      brands: {
        Row: {
          created_at: string
          id: string
          name: string
          updated_at: string
        }
        Insert: {
          created_at?: string
          id?: string
          name: string
          updated_at?: string
        }
        Update: {
          created_at?: string
          id?: string
          name?: string
          updated_at?: string
        }
        Relationships: []
      }
      carriers: {
        Row: {
          active: boolean
          code: string
          created_at: string
          name: string
          sort_order: number
          tracking_url_template: string | null
          updated_at: string
        }
        Insert: {
          active?: boolean
          code: string
          created_at?: string
          name: string
          sort_order?: number
          tracking_url_template?: string | null
          updated_at?: string
        }
        Update: {
          active?: boolean
          code?: string
          created_at?: string
          name?: string
          sort_order?: number
          tracking_url_template?: string | null
          updated_at?: string
        }
        Relationships: []
      }
      categories: {
        Row: {
          created_at: string
          id: string
          name: string
          parent_id: string | null
          sort_order: number
          updated_at: string
        }
        Insert: {
          created_at?: string
          id?: string
          name: string
          parent_id?: string | null
          sort_order?: number
          updated_at?: string
        }
        Update: {
          created_at?: string
          id?: string
          name?: string
          parent_id?: string | null
          sort_order?: number
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "categories_parent_id_fkey"
            columns: ["parent_id"]
            referencedRelation: "categories"
            referencedColumns: ["id"]
          },
        ]
      }
      coupon_redemptions: {
        Row: {
          coupon_id: string
          customer_id: string
          discount_amount: number
          id: string
          redeemed_at: string
          sales_order_id: string
          voided_at: string | null
        }
        Insert: {
          coupon_id: string
          customer_id: string
          discount_amount: number
          id?: string
          redeemed_at?: string
          sales_order_id: string
          voided_at?: string | null
        }
        Update: {
          coupon_id?: string
          customer_id?: string
          discount_amount?: number
          id?: string
          redeemed_at?: string
          sales_order_id?: string
          voided_at?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "coupon_redemptions_coupon_id_fkey"
            columns: ["coupon_id"]
            referencedRelation: "coupons"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "coupon_redemptions_customer_id_fkey"
            columns: ["customer_id"]
            referencedRelation: "customers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "coupon_redemptions_sales_order_id_fkey"
            columns: ["sales_order_id"]
            referencedRelation: "sales_orders"
            referencedColumns: ["id"]
          },
        ]
      }
      coupons: {
        Row: {
          active: boolean
          amount_off: number | null
          code: string
          created_at: string
          created_by: string | null
          ends_at: string | null
          id: string
          kind: string
          min_spend: number
          name: string
          note: string | null
          per_customer_limit: number | null
          percent_off: number | null
          starts_at: string
          total_limit: number | null
          updated_at: string
        }
        Insert: {
          active?: boolean
          amount_off?: number | null
          code: string
          created_at?: string
          created_by?: string | null
          ends_at?: string | null
          id?: string
          kind: string
          min_spend?: number
          name: string
          note?: string | null
          per_customer_limit?: number | null
          percent_off?: number | null
          starts_at?: string
          total_limit?: number | null
          updated_at?: string
        }
        Update: {
          active?: boolean
          amount_off?: number | null
          code?: string
          created_at?: string
          created_by?: string | null
          ends_at?: string | null
          id?: string
          kind?: string
          min_spend?: number
          name?: string
          note?: string | null
          per_customer_limit?: number | null
          percent_off?: number | null
          starts_at?: string
          total_limit?: number | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "coupons_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      customer_addresses: {
        Row: {
          address_line: string
          city: string | null
          created_at: string
          customer_id: string
          district: string | null
          id: string
          is_default: boolean
          label: string | null
          phone: string
          postal_code: string | null
          province: string | null
          recipient: string
          updated_at: string
        }
        Insert: {
          address_line: string
          city?: string | null
          created_at?: string
          customer_id: string
          district?: string | null
          id?: string
          is_default?: boolean
          label?: string | null
          phone: string
          postal_code?: string | null
          province?: string | null
          recipient: string
          updated_at?: string
        }
        Update: {
          address_line?: string
          city?: string | null
          created_at?: string
          customer_id?: string
          district?: string | null
          id?: string
          is_default?: boolean
          label?: string | null
          phone?: string
          postal_code?: string | null
          province?: string | null
          recipient?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "customer_addresses_customer_id_fkey"
            columns: ["customer_id"]
            referencedRelation: "customers"
            referencedColumns: ["id"]
          },
        ]
      }
      customers: {
        Row: {
          active: boolean
          contact_name: string | null
          created_at: string
          created_by: string | null
          email: string | null
          id: string
          kind: string
          name: string
          note: string | null
          phone: string | null
          tags: string[]
          updated_at: string
        }
        Insert: {
          active?: boolean
          contact_name?: string | null
          created_at?: string
          created_by?: string | null
          email?: string | null
          id?: string
          kind?: string
          name: string
          note?: string | null
          phone?: string | null
          tags?: string[]
          updated_at?: string
        }
        Update: {
          active?: boolean
          contact_name?: string | null
          created_at?: string
          created_by?: string | null
          email?: string | null
          id?: string
          kind?: string
          name?: string
          note?: string | null
          phone?: string | null
          tags?: string[]
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "customers_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      payments: {
        Row: {
          amount: number
          confirmed_at: string | null
          confirmed_by: string | null
          created_at: string
          id: string
          kind: string
          method: string
          note: string | null
          order_id: string
          paid_at: string | null
          payment_no: string
          provider_ref: string | null
          recorded_by: string | null
          refund_of: string | null
          return_id: string | null
          status: string
          updated_at: string
        }
        Insert: {
          amount: number
          confirmed_at?: string | null
          confirmed_by?: string | null
          created_at?: string
          id?: string
          kind?: string
          method: string
          note?: string | null
          order_id: string
          paid_at?: string | null
          payment_no: string
          provider_ref?: string | null
          recorded_by?: string | null
          refund_of?: string | null
          return_id?: string | null
          status: string
          updated_at?: string
        }
        Update: {
          amount?: number
          confirmed_at?: string | null
          confirmed_by?: string | null
          created_at?: string
          id?: string
          kind?: string
          method?: string
          note?: string | null
          order_id?: string
          paid_at?: string | null
          payment_no?: string
          provider_ref?: string | null
          recorded_by?: string | null
          refund_of?: string | null
          return_id?: string | null
          status?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "payments_confirmed_by_fkey"
            columns: ["confirmed_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payments_order_id_fkey"
            columns: ["order_id"]
            referencedRelation: "sales_orders"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payments_recorded_by_fkey"
            columns: ["recorded_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payments_refund_of_fkey"
            columns: ["refund_of"]
            referencedRelation: "payments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payments_return_id_fkey"
            columns: ["return_id"]
            referencedRelation: "returns"
            referencedColumns: ["id"]
          },
        ]
      }
      products: {
        Row: {
          barcode: string | null
          brand_id: string | null
          category_id: string | null
          created_at: string
          expiry_alert_days: number
          id: string
          list_price: number
          name: string
          safety_stock: number
          shelf_life_days: number | null
          sku: string
          spec: string
          status: string
          track_batches: boolean
          unit: string
          updated_at: string
        }
        Insert: {
          barcode?: string | null
          brand_id?: string | null
          category_id?: string | null
          created_at?: string
          expiry_alert_days?: number
          id?: string
          list_price?: number
          name: string
          safety_stock?: number
          shelf_life_days?: number | null
          sku: string
          spec?: string
          status?: string
          track_batches?: boolean
          unit?: string
          updated_at?: string
        }
        Update: {
          barcode?: string | null
          brand_id?: string | null
          category_id?: string | null
          created_at?: string
          expiry_alert_days?: number
          id?: string
          list_price?: number
          name?: string
          safety_stock?: number
          shelf_life_days?: number | null
          sku?: string
          spec?: string
          status?: string
          track_batches?: boolean
          unit?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "products_brand_id_fkey"
            columns: ["brand_id"]
            referencedRelation: "brands"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "products_category_id_fkey"
            columns: ["category_id"]
            referencedRelation: "categories"
            referencedColumns: ["id"]
          },
        ]
      }
      profiles: {
        Row: {
          active: boolean
          created_at: string
          email: string
          full_name: string
          id: string
          role: Database["public"]["Enums"]["app_role"] | null
          updated_at: string
        }
        Insert: {
          active?: boolean
          created_at?: string
          email: string
          full_name?: string
          id: string
          role?: Database["public"]["Enums"]["app_role"] | null
          updated_at?: string
        }
        Update: {
          active?: boolean
          created_at?: string
          email?: string
          full_name?: string
          id?: string
          role?: Database["public"]["Enums"]["app_role"] | null
          updated_at?: string
        }
        Relationships: []
      }
      promotions: {
        Row: {
          active: boolean
          amount_off: number | null
          category_id: string | null
          created_at: string
          created_by: string | null
          ends_at: string | null
          id: string
          kind: string
          name: string
          note: string | null
          percent_off: number | null
          product_id: string | null
          scope: string
          starts_at: string
          threshold_amount: number | null
          updated_at: string
        }
        Insert: {
          active?: boolean
          amount_off?: number | null
          category_id?: string | null
          created_at?: string
          created_by?: string | null
          ends_at?: string | null
          id?: string
          kind: string
          name: string
          note?: string | null
          percent_off?: number | null
          product_id?: string | null
          scope?: string
          starts_at?: string
          threshold_amount?: number | null
          updated_at?: string
        }
        Update: {
          active?: boolean
          amount_off?: number | null
          category_id?: string | null
          created_at?: string
          created_by?: string | null
          ends_at?: string | null
          id?: string
          kind?: string
          name?: string
          note?: string | null
          percent_off?: number | null
          product_id?: string | null
          scope?: string
          starts_at?: string
          threshold_amount?: number | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "promotions_category_id_fkey"
            columns: ["category_id"]
            referencedRelation: "categories"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "promotions_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "promotions_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
        ]
      }
      return_line_batches: {
        Row: {
          batch_id: string
          disposition: string
          id: string
          qty: number
          return_line_id: string
          shipment_line_batch_id: string
        }
        Insert: {
          batch_id: string
          disposition: string
          id?: string
          qty: number
          return_line_id: string
          shipment_line_batch_id: string
        }
        Update: {
          batch_id?: string
          disposition?: string
          id?: string
          qty?: number
          return_line_id?: string
          shipment_line_batch_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "return_line_batches_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batch_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "return_line_batches_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "return_line_batches_return_line_id_fkey"
            columns: ["return_line_id"]
            referencedRelation: "return_lines"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "return_line_batches_shipment_line_batch_id_fkey"
            columns: ["shipment_line_batch_id"]
            referencedRelation: "shipment_line_batches"
            referencedColumns: ["id"]
          },
        ]
      }
      return_lines: {
        Row: {
          disposition: string | null
          id: string
          order_line_id: string
          product_id: string
          qty: number
          refund_amount: number
          return_id: string
        }
        Insert: {
          disposition?: string | null
          id?: string
          order_line_id: string
          product_id: string
          qty: number
          refund_amount?: number
          return_id: string
        }
        Update: {
          disposition?: string | null
          id?: string
          order_line_id?: string
          product_id?: string
          qty?: number
          refund_amount?: number
          return_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "return_lines_order_line_id_fkey"
            columns: ["order_line_id"]
            referencedRelation: "sales_order_line_margins"
            referencedColumns: ["order_line_id"]
          },
          {
            foreignKeyName: "return_lines_order_line_id_fkey"
            columns: ["order_line_id"]
            referencedRelation: "sales_order_lines"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "return_lines_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "return_lines_return_id_fkey"
            columns: ["return_id"]
            referencedRelation: "returns"
            referencedColumns: ["id"]
          },
        ]
      }
      returns: {
        Row: {
          closed_at: string | null
          closed_by: string | null
          created_at: string
          customer_id: string
          decided_at: string | null
          decided_by: string | null
          decision_note: string | null
          id: string
          kind: string
          order_id: string
          reason: string | null
          received_at: string | null
          received_by: string | null
          refund_amount: number
          refunded_amount: number
          requested_at: string
          requested_by: string | null
          return_no: string
          status: string
          updated_at: string
        }
        Insert: {
          closed_at?: string | null
          closed_by?: string | null
          created_at?: string
          customer_id: string
          decided_at?: string | null
          decided_by?: string | null
          decision_note?: string | null
          id?: string
          kind?: string
          order_id: string
          reason?: string | null
          received_at?: string | null
          received_by?: string | null
          refund_amount?: number
          refunded_amount?: number
          requested_at?: string
          requested_by?: string | null
          return_no: string
          status?: string
          updated_at?: string
        }
        Update: {
          closed_at?: string | null
          closed_by?: string | null
          created_at?: string
          customer_id?: string
          decided_at?: string | null
          decided_by?: string | null
          decision_note?: string | null
          id?: string
          kind?: string
          order_id?: string
          reason?: string | null
          received_at?: string | null
          received_by?: string | null
          refund_amount?: number
          refunded_amount?: number
          requested_at?: string
          requested_by?: string | null
          return_no?: string
          status?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "returns_closed_by_fkey"
            columns: ["closed_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "returns_customer_id_fkey"
            columns: ["customer_id"]
            referencedRelation: "customers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "returns_decided_by_fkey"
            columns: ["decided_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "returns_order_id_fkey"
            columns: ["order_id"]
            referencedRelation: "sales_orders"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "returns_received_by_fkey"
            columns: ["received_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "returns_requested_by_fkey"
            columns: ["requested_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      sales_order_discounts: {
        Row: {
          amount: number
          coupon_id: string | null
          id: string
          label: string
          order_id: string
          order_line_id: string | null
          promotion_id: string | null
          source: string
        }
        Insert: {
          amount: number
          coupon_id?: string | null
          id?: string
          label: string
          order_id: string
          order_line_id?: string | null
          promotion_id?: string | null
          source: string
        }
        Update: {
          amount?: number
          coupon_id?: string | null
          id?: string
          label?: string
          order_id?: string
          order_line_id?: string | null
          promotion_id?: string | null
          source?: string
        }
        Relationships: [
          {
            foreignKeyName: "sales_order_discounts_coupon_id_fkey"
            columns: ["coupon_id"]
            referencedRelation: "coupons"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_order_discounts_order_id_fkey"
            columns: ["order_id"]
            referencedRelation: "sales_orders"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_order_discounts_order_line_id_fkey"
            columns: ["order_line_id"]
            referencedRelation: "sales_order_line_margins"
            referencedColumns: ["order_line_id"]
          },
          {
            foreignKeyName: "sales_order_discounts_order_line_id_fkey"
            columns: ["order_line_id"]
            referencedRelation: "sales_order_lines"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_order_discounts_promotion_id_fkey"
            columns: ["promotion_id"]
            referencedRelation: "promotions"
            referencedColumns: ["id"]
          },
        ]
      }
      sales_order_line_costs: {
        Row: {
          cogs_amount: number
          order_id: string
          order_line_id: string
          returned_cost_amount: number
          scrapped_cost_amount: number
          updated_at: string
        }
        Insert: {
          cogs_amount?: number
          order_id: string
          order_line_id: string
          returned_cost_amount?: number
          scrapped_cost_amount?: number
          updated_at?: string
        }
        Update: {
          cogs_amount?: number
          order_id?: string
          order_line_id?: string
          returned_cost_amount?: number
          scrapped_cost_amount?: number
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "sales_order_line_costs_order_id_fkey"
            columns: ["order_id"]
            referencedRelation: "sales_orders"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_order_line_costs_order_line_id_fkey"
            columns: ["order_line_id"]
            referencedRelation: "sales_order_line_margins"
            referencedColumns: ["order_line_id"]
          },
          {
            foreignKeyName: "sales_order_line_costs_order_line_id_fkey"
            columns: ["order_line_id"]
            referencedRelation: "sales_order_lines"
            referencedColumns: ["id"]
          },
        ]
      }
      sales_order_lines: {
        Row: {
          coupon_discount: number
          exchanged_qty: number
          id: string
          line_no: number
          line_total: number
          list_price: number
          order_id: string
          product_id: string
          promotion_discount: number
          promotion_id: string | null
          qty: number
          reserved_qty: number
          returned_qty: number
          shipped_qty: number
          subtotal: number
          unit_price: number
        }
        Insert: {
          coupon_discount?: number
          exchanged_qty?: number
          id?: string
          line_no: number
          line_total: number
          list_price: number
          order_id: string
          product_id: string
          promotion_discount?: number
          promotion_id?: string | null
          qty: number
          reserved_qty?: number
          returned_qty?: number
          shipped_qty?: number
          subtotal: number
          unit_price: number
        }
        Update: {
          coupon_discount?: number
          exchanged_qty?: number
          id?: string
          line_no?: number
          line_total?: number
          list_price?: number
          order_id?: string
          product_id?: string
          promotion_discount?: number
          promotion_id?: string | null
          qty?: number
          reserved_qty?: number
          returned_qty?: number
          shipped_qty?: number
          subtotal?: number
          unit_price?: number
        }
        Relationships: [
          {
            foreignKeyName: "sales_order_lines_order_id_fkey"
            columns: ["order_id"]
            referencedRelation: "sales_orders"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_order_lines_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_order_lines_promotion_id_fkey"
            columns: ["promotion_id"]
            referencedRelation: "promotions"
            referencedColumns: ["id"]
          },
        ]
      }
      sales_orders: {
        Row: {
          cancel_reason: string | null
          cancelled_at: string | null
          cancelled_by: string | null
          completed_at: string | null
          confirmed_at: string | null
          confirmed_by: string | null
          coupon_discount: number
          coupon_id: string | null
          created_at: string
          created_by: string | null
          customer_id: string
          id: string
          idempotency_key: string | null
          note: string | null
          order_no: string
          paid_amount: number
          payment_status: string
          promotion_discount: number
          refunded_amount: number
          salesperson_id: string | null
          ship_to: Json | null
          shipped_at: string | null
          status: string
          subtotal: number
          total_amount: number
          updated_at: string
          warehouse_id: string
        }
        Insert: {
          cancel_reason?: string | null
          cancelled_at?: string | null
          cancelled_by?: string | null
          completed_at?: string | null
          confirmed_at?: string | null
          confirmed_by?: string | null
          coupon_discount?: number
          coupon_id?: string | null
          created_at?: string
          created_by?: string | null
          customer_id: string
          id?: string
          idempotency_key?: string | null
          note?: string | null
          order_no: string
          paid_amount?: number
          payment_status?: string
          promotion_discount?: number
          refunded_amount?: number
          salesperson_id?: string | null
          ship_to?: Json | null
          shipped_at?: string | null
          status?: string
          subtotal: number
          total_amount: number
          updated_at?: string
          warehouse_id: string
        }
        Update: {
          cancel_reason?: string | null
          cancelled_at?: string | null
          cancelled_by?: string | null
          completed_at?: string | null
          confirmed_at?: string | null
          confirmed_by?: string | null
          coupon_discount?: number
          coupon_id?: string | null
          created_at?: string
          created_by?: string | null
          customer_id?: string
          id?: string
          idempotency_key?: string | null
          note?: string | null
          order_no?: string
          paid_amount?: number
          payment_status?: string
          promotion_discount?: number
          refunded_amount?: number
          salesperson_id?: string | null
          ship_to?: Json | null
          shipped_at?: string | null
          status?: string
          subtotal?: number
          total_amount?: number
          updated_at?: string
          warehouse_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "sales_orders_cancelled_by_fkey"
            columns: ["cancelled_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_confirmed_by_fkey"
            columns: ["confirmed_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_coupon_id_fkey"
            columns: ["coupon_id"]
            referencedRelation: "coupons"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_customer_id_fkey"
            columns: ["customer_id"]
            referencedRelation: "customers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_salesperson_id_fkey"
            columns: ["salesperson_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      shipment_events: {
        Row: {
          created_at: string
          created_by: string | null
          description: string | null
          id: string
          location: string | null
          occurred_at: string
          shipment_id: string
          status: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          description?: string | null
          id?: string
          location?: string | null
          occurred_at?: string
          shipment_id: string
          status: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          description?: string | null
          id?: string
          location?: string | null
          occurred_at?: string
          shipment_id?: string
          status?: string
        }
        Relationships: [
          {
            foreignKeyName: "shipment_events_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipment_events_shipment_id_fkey"
            columns: ["shipment_id"]
            referencedRelation: "shipments"
            referencedColumns: ["id"]
          },
        ]
      }
      shipment_line_batch_costs: {
        Row: {
          cost_amount: number
          shipment_line_batch_id: string
          shipment_line_id: string
          unit_cost: number
        }
        Insert: {
          cost_amount: number
          shipment_line_batch_id: string
          shipment_line_id: string
          unit_cost: number
        }
        Update: {
          cost_amount?: number
          shipment_line_batch_id?: string
          shipment_line_id?: string
          unit_cost?: number
        }
        Relationships: [
          {
            foreignKeyName: "shipment_line_batch_costs_shipment_line_batch_id_fkey"
            columns: ["shipment_line_batch_id"]
            referencedRelation: "shipment_line_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipment_line_batch_costs_shipment_line_id_fkey"
            columns: ["shipment_line_id"]
            referencedRelation: "shipment_lines"
            referencedColumns: ["id"]
          },
        ]
      }
      shipment_line_batches: {
        Row: {
          batch_id: string
          id: string
          qty: number
          returned_qty: number
          shipment_line_id: string
        }
        Insert: {
          batch_id: string
          id?: string
          qty: number
          returned_qty?: number
          shipment_line_id: string
        }
        Update: {
          batch_id?: string
          id?: string
          qty?: number
          returned_qty?: number
          shipment_line_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "shipment_line_batches_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batch_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipment_line_batches_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipment_line_batches_shipment_line_id_fkey"
            columns: ["shipment_line_id"]
            referencedRelation: "shipment_lines"
            referencedColumns: ["id"]
          },
        ]
      }
      shipment_lines: {
        Row: {
          id: string
          order_line_id: string
          product_id: string
          qty: number
          shipment_id: string
        }
        Insert: {
          id?: string
          order_line_id: string
          product_id: string
          qty: number
          shipment_id: string
        }
        Update: {
          id?: string
          order_line_id?: string
          product_id?: string
          qty?: number
          shipment_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "shipment_lines_order_line_id_fkey"
            columns: ["order_line_id"]
            referencedRelation: "sales_order_line_margins"
            referencedColumns: ["order_line_id"]
          },
          {
            foreignKeyName: "shipment_lines_order_line_id_fkey"
            columns: ["order_line_id"]
            referencedRelation: "sales_order_lines"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipment_lines_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipment_lines_shipment_id_fkey"
            columns: ["shipment_id"]
            referencedRelation: "shipments"
            referencedColumns: ["id"]
          },
        ]
      }
      shipments: {
        Row: {
          carrier_code: string | null
          created_at: string
          delivered_at: string | null
          id: string
          kind: string
          note: string | null
          order_id: string
          return_id: string | null
          ship_to: Json | null
          shipment_no: string
          shipped_at: string
          shipped_by: string | null
          status: string
          tracking_no: string | null
          updated_at: string
          warehouse_id: string
          tracking_url: string | null
        }
        Insert: {
          carrier_code?: string | null
          created_at?: string
          delivered_at?: string | null
          id?: string
          kind?: string
          note?: string | null
          order_id: string
          return_id?: string | null
          ship_to?: Json | null
          shipment_no: string
          shipped_at?: string
          shipped_by?: string | null
          status?: string
          tracking_no?: string | null
          updated_at?: string
          warehouse_id: string
        }
        Update: {
          carrier_code?: string | null
          created_at?: string
          delivered_at?: string | null
          id?: string
          kind?: string
          note?: string | null
          order_id?: string
          return_id?: string | null
          ship_to?: Json | null
          shipment_no?: string
          shipped_at?: string
          shipped_by?: string | null
          status?: string
          tracking_no?: string | null
          updated_at?: string
          warehouse_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "shipments_carrier_code_fkey"
            columns: ["carrier_code"]
            referencedRelation: "carriers"
            referencedColumns: ["code"]
          },
          {
            foreignKeyName: "shipments_order_id_fkey"
            columns: ["order_id"]
            referencedRelation: "sales_orders"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipments_return_id_fkey"
            columns: ["return_id"]
            referencedRelation: "returns"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipments_shipped_by_fkey"
            columns: ["shipped_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "shipments_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      staff_invitations: {
        Row: {
          accepted_at: string | null
          accepted_by: string | null
          created_at: string
          email: string
          id: string
          invited_by: string | null
          role: Database["public"]["Enums"]["app_role"]
        }
        Insert: {
          accepted_at?: string | null
          accepted_by?: string | null
          created_at?: string
          email: string
          id?: string
          invited_by?: string | null
          role: Database["public"]["Enums"]["app_role"]
        }
        Update: {
          accepted_at?: string | null
          accepted_by?: string | null
          created_at?: string
          email?: string
          id?: string
          invited_by?: string | null
          role?: Database["public"]["Enums"]["app_role"]
        }
        Relationships: [
          {
            foreignKeyName: "staff_invitations_accepted_by_fkey"
            columns: ["accepted_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "staff_invitations_invited_by_fkey"
            columns: ["invited_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_adjustment_lines: {
        Row: {
          adjustment_id: string
          batch_id: string | null
          counted_qty: number | null
          id: string
          line_no: number
          product_id: string
          qty_change: number
          system_qty: number
        }
        Insert: {
          adjustment_id: string
          batch_id?: string | null
          counted_qty?: number | null
          id?: string
          line_no: number
          product_id: string
          qty_change: number
          system_qty: number
        }
        Update: {
          adjustment_id?: string
          batch_id?: string | null
          counted_qty?: number | null
          id?: string
          line_no?: number
          product_id?: string
          qty_change?: number
          system_qty?: number
        }
        Relationships: [
          {
            foreignKeyName: "stock_adjustment_lines_adjustment_id_fkey"
            columns: ["adjustment_id"]
            referencedRelation: "stock_adjustments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_adjustment_lines_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batch_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_adjustment_lines_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_adjustment_lines_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_adjustments: {
        Row: {
          adjustment_no: string
          created_at: string
          created_by: string | null
          id: string
          kind: string
          note: string | null
          reason: string
          warehouse_id: string
        }
        Insert: {
          adjustment_no: string
          created_at?: string
          created_by?: string | null
          id?: string
          kind: string
          note?: string | null
          reason: string
          warehouse_id: string
        }
        Update: {
          adjustment_no?: string
          created_at?: string
          created_by?: string | null
          id?: string
          kind?: string
          note?: string | null
          reason?: string
          warehouse_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_adjustments_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_adjustments_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_batches: {
        Row: {
          batch_no: string
          created_at: string
          expiry_date: string | null
          id: string
          product_id: string
          qty_on_hand: number
          received_at: string
          unit_cost: number
          warehouse_id: string
        }
        Insert: {
          batch_no: string
          created_at?: string
          expiry_date?: string | null
          id?: string
          product_id: string
          qty_on_hand?: number
          received_at?: string
          unit_cost: number
          warehouse_id: string
        }
        Update: {
          batch_no?: string
          created_at?: string
          expiry_date?: string | null
          id?: string
          product_id?: string
          qty_on_hand?: number
          received_at?: string
          unit_cost?: number
          warehouse_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_batches_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_batches_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_levels: {
        Row: {
          available: number | null
          on_hand: number
          product_id: string
          reserved: number
          updated_at: string
          warehouse_id: string
        }
        Insert: {
          available?: never
          on_hand?: number
          product_id: string
          reserved?: number
          updated_at?: string
          warehouse_id: string
        }
        Update: {
          available?: never
          on_hand?: number
          product_id?: string
          reserved?: number
          updated_at?: string
          warehouse_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_levels_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_levels_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_movements: {
        Row: {
          batch_id: string
          created_at: string
          created_by: string | null
          id: number
          movement_type: string
          product_id: string
          qty: number
          source_id: string | null
          source_line_id: string | null
          source_type: string
          unit_cost: number
          warehouse_id: string
        }
        Insert: {
          batch_id: string
          created_at?: string
          created_by?: string | null
          id?: never
          movement_type: string
          product_id: string
          qty: number
          source_id?: string | null
          source_line_id?: string | null
          source_type: string
          unit_cost: number
          warehouse_id: string
        }
        Update: {
          batch_id?: string
          created_at?: string
          created_by?: string | null
          id?: never
          movement_type?: string
          product_id?: string
          qty?: number
          source_id?: string | null
          source_line_id?: string | null
          source_type?: string
          unit_cost?: number
          warehouse_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_movements_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batch_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_movements_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_movements_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_movements_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_receipt_lines: {
        Row: {
          batch_id: string
          batch_no: string
          expiry_date: string | null
          id: string
          line_no: number
          product_id: string
          production_date: string | null
          qty: number
          receipt_id: string
        }
        Insert: {
          batch_id: string
          batch_no: string
          expiry_date?: string | null
          id?: string
          line_no: number
          product_id: string
          production_date?: string | null
          qty: number
          receipt_id: string
        }
        Update: {
          batch_id?: string
          batch_no?: string
          expiry_date?: string | null
          id?: string
          line_no?: number
          product_id?: string
          production_date?: string | null
          qty?: number
          receipt_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_receipt_lines_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batch_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_receipt_lines_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_receipt_lines_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_receipt_lines_receipt_id_fkey"
            columns: ["receipt_id"]
            referencedRelation: "stock_receipts"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_receipts: {
        Row: {
          created_at: string
          created_by: string | null
          id: string
          note: string | null
          receipt_no: string
          supplier: string | null
          warehouse_id: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          id?: string
          note?: string | null
          receipt_no: string
          supplier?: string | null
          warehouse_id: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          id?: string
          note?: string | null
          receipt_no?: string
          supplier?: string | null
          warehouse_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_receipts_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_receipts_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_transfer_lines: {
        Row: {
          batch_id: string | null
          id: string
          line_no: number
          product_id: string
          qty: number
          transfer_id: string
        }
        Insert: {
          batch_id?: string | null
          id?: string
          line_no: number
          product_id: string
          qty: number
          transfer_id: string
        }
        Update: {
          batch_id?: string | null
          id?: string
          line_no?: number
          product_id?: string
          qty?: number
          transfer_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_transfer_lines_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batch_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfer_lines_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfer_lines_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfer_lines_transfer_id_fkey"
            columns: ["transfer_id"]
            referencedRelation: "stock_in_transit"
            referencedColumns: ["transfer_id"]
          },
          {
            foreignKeyName: "stock_transfer_lines_transfer_id_fkey"
            columns: ["transfer_id"]
            referencedRelation: "stock_transfers"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_transfers: {
        Row: {
          cancelled_at: string | null
          cancelled_by: string | null
          created_at: string
          created_by: string | null
          dispatched_at: string | null
          dispatched_by: string | null
          from_warehouse_id: string
          id: string
          note: string | null
          received_at: string | null
          received_by: string | null
          status: string
          to_warehouse_id: string
          transfer_no: string
        }
        Insert: {
          cancelled_at?: string | null
          cancelled_by?: string | null
          created_at?: string
          created_by?: string | null
          dispatched_at?: string | null
          dispatched_by?: string | null
          from_warehouse_id: string
          id?: string
          note?: string | null
          received_at?: string | null
          received_by?: string | null
          status?: string
          to_warehouse_id: string
          transfer_no: string
        }
        Update: {
          cancelled_at?: string | null
          cancelled_by?: string | null
          created_at?: string
          created_by?: string | null
          dispatched_at?: string | null
          dispatched_by?: string | null
          from_warehouse_id?: string
          id?: string
          note?: string | null
          received_at?: string | null
          received_by?: string | null
          status?: string
          to_warehouse_id?: string
          transfer_no?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_transfers_cancelled_by_fkey"
            columns: ["cancelled_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfers_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfers_dispatched_by_fkey"
            columns: ["dispatched_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfers_from_warehouse_id_fkey"
            columns: ["from_warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfers_received_by_fkey"
            columns: ["received_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfers_to_warehouse_id_fkey"
            columns: ["to_warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_write_off_lines: {
        Row: {
          batch_id: string
          expiry_date: string | null
          id: string
          line_no: number
          product_id: string
          qty: number
          write_off_id: string
        }
        Insert: {
          batch_id: string
          expiry_date?: string | null
          id?: string
          line_no: number
          product_id: string
          qty: number
          write_off_id: string
        }
        Update: {
          batch_id?: string
          expiry_date?: string | null
          id?: string
          line_no?: number
          product_id?: string
          qty?: number
          write_off_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_write_off_lines_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batch_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_write_off_lines_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_write_off_lines_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_write_off_lines_write_off_id_fkey"
            columns: ["write_off_id"]
            referencedRelation: "stock_write_offs"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_write_offs: {
        Row: {
          created_at: string
          created_by: string | null
          id: string
          note: string | null
          reason: string
          warehouse_id: string
          write_off_no: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          id?: string
          note?: string | null
          reason: string
          warehouse_id: string
          write_off_no: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          id?: string
          note?: string | null
          reason?: string
          warehouse_id?: string
          write_off_no?: string
        }
        Relationships: [
          {
            foreignKeyName: "stock_write_offs_created_by_fkey"
            columns: ["created_by"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_write_offs_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      warehouses: {
        Row: {
          active: boolean
          address: string
          code: string
          created_at: string
          id: string
          name: string
          updated_at: string
        }
        Insert: {
          active?: boolean
          address?: string
          code: string
          created_at?: string
          id?: string
          name: string
          updated_at?: string
        }
        Update: {
          active?: boolean
          address?: string
          code?: string
          created_at?: string
          id?: string
          name?: string
          updated_at?: string
        }
        Relationships: []
      }
    }
    Views: {
      customer_order_stats: {
        Row: {
          customer_id: string | null
          first_order_at: string | null
          last_order_at: string | null
          net_paid: number | null
          order_count: number | null
          total_amount: number | null
        }
        Relationships: [
          {
            foreignKeyName: "sales_orders_customer_id_fkey"
            columns: ["customer_id"]
            referencedRelation: "customers"
            referencedColumns: ["id"]
          },
        ]
      }
      sales_order_line_margins: {
        Row: {
          cogs_amount: number | null
          created_at: string | null
          customer_id: string | null
          exchanged_qty: number | null
          gross_profit: number | null
          line_total: number | null
          net_cogs: number | null
          net_revenue: number | null
          order_id: string | null
          order_line_id: string | null
          order_no: string | null
          product_id: string | null
          qty: number | null
          returned_cost_amount: number | null
          returned_qty: number | null
          salesperson_id: string | null
          scrapped_cost_amount: number | null
          shipped_qty: number | null
          status: string | null
          warehouse_id: string | null
        }
        Relationships: [
          {
            foreignKeyName: "sales_order_lines_order_id_fkey"
            columns: ["order_id"]
            referencedRelation: "sales_orders"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_order_lines_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_customer_id_fkey"
            columns: ["customer_id"]
            referencedRelation: "customers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_salesperson_id_fkey"
            columns: ["salesperson_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      sales_order_margins: {
        Row: {
          created_at: string | null
          customer_id: string | null
          gross_profit: number | null
          margin: number | null
          net_cogs: number | null
          net_revenue: number | null
          order_id: string | null
          order_no: string | null
          salesperson_id: string | null
          status: string | null
          warehouse_id: string | null
        }
        Relationships: [
          {
            foreignKeyName: "sales_order_lines_order_id_fkey"
            columns: ["order_id"]
            referencedRelation: "sales_orders"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_customer_id_fkey"
            columns: ["customer_id"]
            referencedRelation: "customers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_salesperson_id_fkey"
            columns: ["salesperson_id"]
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "sales_orders_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_batch_list: {
        Row: {
          batch_no: string | null
          days_to_expiry: number | null
          expiry_date: string | null
          expiry_status: string | null
          id: string | null
          product_id: string | null
          product_name: string | null
          qty_on_hand: number | null
          received_at: string | null
          sku: string | null
          unit: string | null
          warehouse_id: string | null
          warehouse_name: string | null
        }
        Relationships: [
          {
            foreignKeyName: "stock_batches_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_batches_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_in_transit: {
        Row: {
          dispatched_at: string | null
          from_warehouse_id: string | null
          product_id: string | null
          qty: number | null
          to_warehouse_id: string | null
          transfer_id: string | null
          transfer_no: string | null
        }
        Relationships: [
          {
            foreignKeyName: "stock_transfer_lines_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfers_from_warehouse_id_fkey"
            columns: ["from_warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_transfers_to_warehouse_id_fkey"
            columns: ["to_warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
      stock_movement_list: {
        Row: {
          batch_id: string | null
          batch_no: string | null
          created_at: string | null
          created_by: string | null
          id: number | null
          movement_type: string | null
          product_id: string | null
          product_name: string | null
          qty: number | null
          sku: string | null
          source_id: string | null
          source_line_id: string | null
          source_type: string | null
          warehouse_id: string | null
          warehouse_name: string | null
        }
        Relationships: [
          {
            foreignKeyName: "stock_movements_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batch_list"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_movements_batch_id_fkey"
            columns: ["batch_id"]
            referencedRelation: "stock_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_movements_product_id_fkey"
            columns: ["product_id"]
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "stock_movements_warehouse_id_fkey"
            columns: ["warehouse_id"]
            referencedRelation: "warehouses"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Functions: {
      acknowledge_alert: {
        Args: { p_alert_id: string }
        Returns: {
          acknowledged_at: string | null
          acknowledged_by: string | null
          batch_id: string | null
          details: NonNullable<Json>
          id: string
          kind: string
          product_id: string
          raised_at: string
          resolved_at: string | null
          status: string
          warehouse_id: string | null
        }
        SetofOptions: {
          from: "*"
          to: "alerts"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      add_shipment_event: {
        Args: {
          p_description?: string
          p_location?: string
          p_occurred_at?: string
          p_shipment_id: string
          p_status: string
        }
        Returns: Json
      }
      adjust_stock: {
        Args: {
          p_lines: Json
          p_note?: string
          p_reason: string
          p_warehouse_id: string
        }
        Returns: Json
      }
      approve_return: {
        Args: { p_note?: string; p_return_id: string }
        Returns: Json
      }
      batch_costs: {
        Args: {
          p_include_empty?: boolean
          p_product_id?: string
          p_warehouse_id?: string
        }
        Returns: {
          batch_id: string
          batch_no: string
          expiry_date: string
          product_id: string
          qty_on_hand: number
          received_at: string
          stock_value: number
          unit_cost: number
          warehouse_id: string
        }[]
      }
      cancel_sales_order: {
        Args: { p_order_id: string; p_reason?: string }
        Returns: Json
      }
      cancel_stock_transfer: { Args: { p_transfer_id: string }; Returns: Json }
      complete_sales_order: { Args: { p_order_id: string }; Returns: Json }
      confirm_payment: {
        Args: {
          p_payment_id: string
          p_provider_ref?: string
          p_succeeded?: boolean
        }
        Returns: Json
      }
      confirm_sales_order: { Args: { p_order_id: string }; Returns: Json }
      create_sales_order: {
        Args: {
          p_confirm?: boolean
          p_coupon_code?: string
          p_customer_id: string
          p_idempotency_key?: string
          p_lines: Json
          p_note?: string
          p_warehouse_id: string
        }
        Returns: Json
      }
      create_stock_transfer: {
        Args: {
          p_from_warehouse_id: string
          p_lines: Json
          p_note?: string
          p_to_warehouse_id: string
        }
        Returns: Json
      }
      delivery_note: { Args: { p_shipment_id: string }; Returns: Json }
      dispatch_stock_transfer: {
        Args: { p_transfer_id: string }
        Returns: Json
      }
      import_products: { Args: { p_rows: Json }; Returns: number }
      mark_shipment_delivered: {
        Args: { p_note?: string; p_shipment_id: string }
        Returns: Json
      }
      my_role: {
        Args: Record<PropertyKey, never>
        Returns: Database["public"]["Enums"]["app_role"]
      }
      post_stocktake: {
        Args: {
          p_lines: Json
          p_note?: string
          p_reason: string
          p_warehouse_id: string
        }
        Returns: Json
      }
      price_cart: {
        Args: { p_coupon_code?: string; p_customer_id: string; p_lines: Json }
        Returns: Json
      }
      rebuild_report_rollups: {
        Args: Record<PropertyKey, never>
        Returns: Json
      }
      receive_return: {
        Args: { p_lines?: Json; p_return_id: string }
        Returns: Json
      }
      receive_stock: {
        Args: {
          p_lines: Json
          p_note?: string
          p_supplier?: string
          p_warehouse_id: string
        }
        Returns: Json
      }
      receive_stock_transfer: { Args: { p_transfer_id: string }; Returns: Json }
      record_payment: {
        Args: {
          p_amount: number
          p_method: string
          p_note?: string
          p_order_id: string
          p_provider_ref?: string
        }
        Returns: Json
      }
      refresh_expiry_alerts: { Args: Record<PropertyKey, never>; Returns: Json }
      refund_payment: {
        Args: { p_amount?: number; p_payment_id: string; p_reason?: string }
        Returns: Json
      }
      refund_return: {
        Args: { p_note?: string; p_return_id: string }
        Returns: Json
      }
      reject_return: {
        Args: { p_note?: string; p_return_id: string }
        Returns: Json
      }
      report_customers: {
        Args: { p_from: string; p_to: string; p_top_n?: number }
        Returns: Json
      }
      report_dashboard: { Args: Record<PropertyKey, never>; Returns: Json }
      report_days_of_cover: {
        Args: { p_warehouse_id?: string }
        Returns: {
          available: number
          avg_daily_units: number
          days_of_cover: number
          on_hand: number
          product_id: string
          product_name: string
          sku: string
          units_30d: number
        }[]
      }
      report_expiry: {
        Args: {
          p_days?: number
          p_limit?: number
          p_offset?: number
          p_warehouse_id?: string
        }
        Returns: {
          batch_id: string
          batch_no: string
          days_to_expiry: number
          expiry_date: string
          product_id: string
          product_name: string
          qty_on_hand: number
          sku: string
          status: string
          unit_cost: number
          value_at_risk: number
          warehouse_id: string
          warehouse_name: string
        }[]
      }
      report_expiry_summary: {
        Args: { p_days?: number; p_warehouse_id?: string }
        Returns: {
          batches: number
          qty_on_hand: number
          status: string
          value_at_risk: number
        }[]
      }
      report_inventory: {
        Args: { p_dimension?: string }
        Returns: {
          available: number
          dimension_code: string
          dimension_id: string
          dimension_name: string
          in_transit: number
          in_transit_value: number
          on_hand: number
          products: number
          reserved: number
          stock_value: number
        }[]
      }
      report_profit: {
        Args: {
          p_dimension?: string
          p_from: string
          p_granularity?: string
          p_to: string
          p_top?: number
        }
        Returns: {
          adjustments: number
          cogs: number
          dimension_code: string
          dimension_id: string
          dimension_name: string
          gross_profit: number
          margin: number
          others: number
          period: string
          profit: number
          refunds: number
          revenue: number
          write_offs: number
        }[]
      }
      report_replenishment: {
        Args: { p_lead_time_days?: number; p_warehouse_id?: string }
        Returns: {
          available: number
          avg_daily_units: number
          below_safety_stock: boolean
          days_of_cover: number
          estimated_cost: number
          inbound: number
          low_cover: boolean
          on_hand: number
          product_id: string
          product_name: string
          reserved: number
          safety_stock: number
          sku: string
          suggested_qty: number
          units_30d: number
          warehouse_id: string
          warehouse_name: string
        }[]
      }
      report_sales: {
        Args: {
          p_dimension?: string
          p_from: string
          p_granularity?: string
          p_to: string
          p_top?: number
        }
        Returns: {
          cogs: number
          dimension_code: string
          dimension_id: string
          dimension_name: string
          discounts: number
          gross_profit: number
          margin: number
          orders: number
          others: number
          period: string
          returns: number
          revenue: number
          units: number
        }[]
      }
      report_turnover: {
        Args: { p_dimension?: string; p_from: string; p_to: string }
        Returns: {
          average_value: number
          closing_value: number
          cogs: number
          days: number
          days_of_inventory: number
          dimension_code: string
          dimension_id: string
          dimension_name: string
          opening_value: number
          turnover: number
        }[]
      }
      request_return: {
        Args: {
          p_kind?: string
          p_lines: Json
          p_order_id: string
          p_reason?: string
        }
        Returns: Json
      }
      set_product_safety_stock: {
        Args: { p_product_id: string; p_safety_stock: number }
        Returns: {
          barcode: string | null
          brand_id: string | null
          category_id: string | null
          created_at: string
          expiry_alert_days: number
          id: string
          list_price: number
          name: string
          safety_stock: number
          shelf_life_days: number | null
          sku: string
          spec: string
          status: string
          track_batches: boolean
          unit: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "products"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      ship_exchange: {
        Args: {
          p_carrier?: string
          p_note?: string
          p_return_id: string
          p_tracking_no?: string
        }
        Returns: Json
      }
      ship_sales_order: {
        Args: {
          p_carrier?: string
          p_lines?: Json
          p_note?: string
          p_order_id: string
          p_tracking_no?: string
        }
        Returns: Json
      }
      stock_movement_costs: {
        Args: {
          p_from: string
          p_product_id?: string
          p_to: string
          p_warehouse_id?: string
        }
        Returns: {
          batch_id: string
          created_at: string
          created_by: string
          movement_id: number
          movement_type: string
          product_id: string
          qty: number
          source_id: string
          source_line_id: string
          source_type: string
          unit_cost: number
          value: number
          warehouse_id: string
        }[]
      }
      tracking_url: {
        Args: { "": Database["public"]["Tables"]["shipments"]["Row"] }
        Returns: {
          error: true
        } & "the function public.tracking_url with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
      write_off_expired_stock: {
        Args: {
          p_batch_ids?: string[]
          p_note?: string
          p_reason?: string
          p_warehouse_id: string
        }
        Returns: Json
      }
    }
    Enums: {
      app_role: "admin" | "sales" | "warehouse" | "finance"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      app_role: ["admin", "sales", "warehouse", "finance"],
    },
  },
} as const
